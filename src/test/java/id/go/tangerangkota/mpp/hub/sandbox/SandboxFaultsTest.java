package id.go.tangerangkota.mpp.hub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fault injection per simulated agency through {@code /sandbox/faults}: down cuts the connection,
 * slow delays the answer, failing answers 503 at the given rate (exactly, spread evenly), and the
 * other agencies are untouched.
 */
class SandboxFaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DTKS = "/dinsos/api/v1/dtks/cek";

    private SandboxServer sandbox;
    private HttpClient http;

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxSettings.demo(0));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> dinsos() throws Exception {
        return send("POST", DTKS, "{\"nik\":\"3671116304880006\"}");
    }

    private HttpResponse<String> fault(String agency, String body) throws Exception {
        return send("PUT", "/sandbox/faults/" + agency, body);
    }

    @Test
    void everyAgencyIsListedAndStartsNormal() throws Exception {
        JsonNode faults = JSON.readTree(send("GET", "/sandbox/faults", null).body()).path("faults");

        assertThat(faults.size()).isEqualTo(17);
        faults.forEach(f -> assertThat(f.path("mode").asText()).isEqualTo("normal"));
        assertThat(faults.has("disdukcapil")).isTrue();
        assertThat(faults.has("pln")).isTrue();
    }

    @Test
    void downCutsTheConnectionOfThatAgencyOnlyUntilCleared() throws Exception {
        int before = dinsos().statusCode();
        assertThat(fault("dinsos", "{\"mode\":\"down\"}").statusCode()).isEqualTo(200);

        assertThatThrownBy(this::dinsos).isInstanceOf(IOException.class);
        assertThat(send("POST", "/taspen/mitra/v1/pensiun/cek", "{}").statusCode()).as("others untouched")
                .isNotEqualTo(503);

        assertThat(send("DELETE", "/sandbox/faults/dinsos", null).statusCode()).isEqualTo(200);
        assertThat(dinsos().statusCode()).isEqualTo(before);
    }

    @Test
    void failingAnswers503AtExactlyTheGivenRate() throws Exception {
        fault("dinsos", "{\"mode\":\"failing\",\"errorRate\":0.5}");

        int unavailable = 0;
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> answer = dinsos();
            if (answer.statusCode() == 503) {
                unavailable++;
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            }
        }
        assertThat(unavailable).isEqualTo(5);
    }

    @Test
    void slowDelaysTheAnswerByTheLatencyGiven() throws Exception {
        fault("disdukcapil", "{\"mode\":\"slow\",\"latencyMs\":400}");

        long start = System.nanoTime();
        HttpResponse<String> answer = send("POST", "/dukcapil/get_json/MPP-TANGERANG/CALL_NIK", "{}");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isGreaterThanOrEqualTo(400);
        assertThat(answer.statusCode()).isNotEqualTo(503);
        assertThat(JSON.readTree(send("GET", "/sandbox/faults/disdukcapil", null).body()).path("latencyMs").asLong())
                .isEqualTo(400);
    }

    @Test
    void badFaultsAreRefusedNamingTheField() throws Exception {
        HttpResponse<String> mode = fault("dinsos", "{\"mode\":\"sometimes\"}");
        HttpResponse<String> rate = fault("dinsos", "{\"mode\":\"failing\",\"errorRate\":2}");
        HttpResponse<String> unknown = fault("no-such-agency", "{\"mode\":\"down\"}");
        HttpResponse<String> notJson = fault("dinsos", "down");

        assertThat(mode.statusCode()).isEqualTo(400);
        assertThat(mode.body()).contains("mode");
        assertThat(rate.statusCode()).isEqualTo(400);
        assertThat(rate.body()).contains("errorRate");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(sandbox.faults().of("dinsos").mode()).isEqualTo(Fault.Mode.NORMAL);
    }
}

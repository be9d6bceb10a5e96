package id.go.tangerangkota.mpp.hub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A counter system as tests play it: real HTTP to the hub on its port.
 */
public final class HubClient {

    public static final String COUNTER_MPP_KEY = "sandbox-key-counter-mpp";
    public static final String COUNTER_KARAWACI_KEY = "sandbox-key-counter-karawaci";
    public static final String INTEGRATOR_KEY = "sandbox-key-integrator";
    public static final String ADMIN_KEY = "sandbox-key-admin";
    /** Samsat's IT team (role AGENCY, agency samsat). */
    public static final String AGENCY_SAMSAT_KEY = "sandbox-key-agency-samsat";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String apiKey;

    public HubClient(int port, String apiKey) {
        this.base = "http://127.0.0.1:" + port;
        this.apiKey = apiKey;
    }

    /** Where the hub listens, e.g. {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        return base;
    }

    /** The answer to one call. */
    public record Answer(int status, HttpResponse<String> response, JsonNode json) {
        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return response.body();
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, String body) {
        return post(path, body, "application/json", null);
    }

    public Answer post(String path, String body, String contentType, String idempotencyKey) {
        HttpRequest.Builder b = request(path).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType);
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return send(b);
    }

    public Answer send(String method, String path, String body) {
        return send(request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));
    }

    /** A call with headers of its own (e.g. an {@code Accept}), and a JSON body when there is one. */
    public Answer send(String method, String path, String body, java.util.Map<String, String> headers) {
        HttpRequest.Builder b = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        return send(b);
    }

    /** Polls a GET until the answer satisfies the condition, or fails after the timeout. */
    public Answer await(String path, Predicate<Answer> condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        Answer last = null;
        while (System.nanoTime() < end) {
            last = get(path);
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Condition not met within " + timeout + "; last answer: "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    /**
     * Waits for an application the counter API accepted (HTTP 202, asserted) to leave RECEIVED,
     * QUEUED and DISPATCHED; the final answer of its Location.
     */
    public Answer awaitFinal(Answer accepted) {
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return await(accepted.header("Location"),
                r -> !r.json().path("status").asText().matches("RECEIVED|QUEUED|DISPATCHED"), Duration.ofSeconds(20));
    }

    /** The counter API's request body for one citizen: {@code {"citizen":{"nik":..},"data":..}}. */
    public static String citizenBody(String nik, String data) {
        return "{\"citizen\":{\"nik\":\"" + nik + "\"},\"data\":" + data + "}";
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (apiKey != null) {
            b.header("X-API-Key", apiKey);
        }
        return b;
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String ct = response.headers().firstValue("Content-Type").orElse("");
            if (ct.contains("json") && !response.body().isEmpty()) {
                json = JSON.readTree(response.body());
            }
            return new Answer(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

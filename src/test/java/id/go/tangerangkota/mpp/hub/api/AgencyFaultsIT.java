package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import id.go.tangerangkota.mpp.hub.resilience.AgencyGuards;
import id.go.tangerangkota.mpp.hub.sandbox.Fault;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a counter sees when an agency's back end fails, with the fault injected in the sandbox
 * agency (not in the hub): a back end that is down or too slow is a 503 naming the agency with a
 * Retry-After, within the connector's time limit; one that answers errors is a 502 naming it.
 */
class AgencyFaultsIT extends HubIntegrationTest {

    private static final String DTKS = "/api/v1/agencies/dinsos/services/dtks-check";
    private static final String BODY = "{\"citizen\":{\"nik\":\"3671116304880006\"},\"data\":{\"purpose\":\"Pengecekan status bansos\"}}";

    @Autowired
    SandboxServer sandbox;
    @Autowired
    AgencyGuards guards;

    /** This context is shared with other tests: leave Dinsos healthy, with no failure history. */
    @AfterEach
    void recover() {
        sandbox.faults().set("dinsos", Fault.NONE);
        guards.of("dinsos").circuit().reset();
    }

    @Test
    void aBackEndThatIsDownIsA503NamingTheAgencyWithRetryAfter() {
        sandbox.faults().set("dinsos", new Fault(Fault.Mode.DOWN, 0, 0));

        Answer a = counter.post(DTKS, BODY);

        assertThat(a.status()).as(a.body()).isEqualTo(503);
        assertThat(a.json().path("type").asText()).endsWith("/agency-unavailable");
        assertThat(a.json().path("agency").asText()).isEqualTo("dinsos");
        assertThat(a.header("Retry-After")).isNotNull();
        sandbox.faults().set("dinsos", Fault.NONE);
        assertThat(counter.post(DTKS, BODY).status()).as("served again once it is back").isEqualTo(200);
    }

    @Test
    void aBackEndSlowerThanTheTimeLimitIsCutOffAtTheLimit() {
        // Dinsos's descriptor gives calls 5 s (resilience.timeoutMs).
        sandbox.faults().set("dinsos", new Fault(Fault.Mode.SLOW, 9000, 0));

        long start = System.nanoTime();
        Answer a = counter.post(DTKS, BODY);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(a.status()).as(a.body()).isEqualTo(503);
        assertThat(a.json().path("agency").asText()).isEqualTo("dinsos");
        assertThat(took).as("one attempt: a time-out is not retried").isBetween(Duration.ofMillis(4500),
                Duration.ofMillis(8500));
    }

    @Test
    void aBackEndAnsweringErrorsIsA502NamingTheAgency() {
        sandbox.faults().set("dinsos", new Fault(Fault.Mode.FAILING, 0, 1.0));
        long before = sandbox.faults().requests("dinsos");

        Answer a = counter.post(DTKS, BODY);

        assertThat(sandbox.faults().requests("dinsos") - before).as("one retry of an inquiry").isEqualTo(2);
        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.json().path("type").asText()).endsWith("/agency-error");
        assertThat(a.json().path("detail").asText()).contains("Dinsos");
    }
}

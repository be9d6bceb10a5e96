package id.go.tangerangkota.mpp.hub.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import id.go.tangerangkota.mpp.hub.sandbox.Fault;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * PLN's bill inquiry through the counter API while faults are injected into PLN's ISO 8583 host
 * (not into the hub): a host that is down is a 503 naming PLN at once, not after the connector's
 * 35 s time limit; enough failures open PLN's circuit, which then refuses without calling the
 * host; and once the host is back and the circuit's wait is over the inquiry is answered again.
 *
 * <p>PLN's descriptor waits 30 s in the open state; this context reads a copy of the connectors
 * in which PLN waits 1.5 s (as {@link CircuitBreakerIT} tunes Dinsos), everything else as shipped.
 */
@TestPropertySource(properties = "mpp.data-dir=./target/it-data/${mpp.test.run:local}/pln-faults")
class PlnFaultsIT extends HubIntegrationTest {

    private static final String INQUIRY = "/api/v1/agencies/pln/services/postpaid-inquiry";
    private static final String BUDI = HubClient.citizenBody("3671011203850001", "{\"customerId\":\"543100287461\"}");
    private static final long WAIT_IN_OPEN_MS = 1500;
    /** PLN's descriptor: the circuit opens after this many calls when half or more failed. */
    private static final int MINIMUM_CALLS = 10;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(35);

    private static Path connectors;

    @DynamicPropertySource
    static void plnWithAShortCircuitWait(DynamicPropertyRegistry properties) {
        properties.add("mpp.locations.connectors", () -> "file:" + tunedConnectors().toAbsolutePath());
    }

    /** A copy of the connectors in which only PLN's wait in the open state is shorter. */
    private static synchronized Path tunedConnectors() {
        if (connectors == null) {
            try {
                Path copy = Files.createTempDirectory("pln-faults-it");
                FileTrees.copy(Path.of("connectors"), copy);
                Path pln = copy.resolve("pln/connector.yaml");
                String yaml = Files.readString(pln);
                String tuned = yaml.replace("waitInOpenMs: 30000", "waitInOpenMs: " + WAIT_IN_OPEN_MS);
                assertThat(tuned).contains("waitInOpenMs: " + WAIT_IN_OPEN_MS)
                        .contains("minimumCalls: " + MINIMUM_CALLS).contains("timeoutMs: " + TIME_LIMIT.toMillis());
                Files.writeString(pln, tuned);
                connectors = copy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return connectors;
    }

    @Autowired
    SandboxServer sandbox;
    @Autowired
    AgencyGuards guards;

    /** Leave PLN healthy, with no failure history, whatever a test did. */
    @AfterEach
    void recover() {
        sandbox.faults().set("pln", Fault.NONE);
        guards.of("pln").circuit().reset();
    }

    private long plnRequests() {
        return sandbox.faults().requests("pln");
    }

    @Test
    void anInquiryWhilePlnsHostIsDownIsA503NamingPlnAtOnceNotAfterTheTimeLimit() {
        assertThat(counter.post(INQUIRY, BUDI).status()).as("PLN serves before the fault").isEqualTo(200);
        sandbox.faults().set("pln", new Fault(Fault.Mode.DOWN, 0, 0));
        long before = plnRequests();

        long start = System.nanoTime();
        Answer a = counter.post(INQUIRY, BUDI);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(a.status()).as(a.body()).isIn(502, 503);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("agency").asText()).isEqualTo("pln");
        assertThat(a.json().path("detail").asText()).contains("PLN");
        assertThat(plnRequests()).as("the message reached the host, which cut it").isGreaterThan(before);
        assertThat(took).as("a cut connection fails the call at once").isLessThan(Duration.ofSeconds(5))
                .isLessThan(TIME_LIMIT);
    }

    @Test
    void anInquiryWhilePlnsHostFailsIsA502QuotingItsOtherErrorCode() {
        sandbox.faults().set("pln", new Fault(Fault.Mode.FAILING, 0, 1.0));

        Answer a = counter.post(INQUIRY, BUDI);

        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.json().path("type").asText()).endsWith("/agency-error");
        assertThat(a.json().path("agency").asText()).isEqualTo("pln");
        assertThat(a.json().path("detail").asText()).contains("0005");
    }

    @Test
    void repeatedFailuresOpenPlnsCircuitWhichRefusesAtOnceAndInquiriesAreAnsweredAgainAfterItsWait()
            throws Exception {
        sandbox.faults().set("pln", new Fault(Fault.Mode.DOWN, 0, 0));
        int failed = 0;
        while (guards.of("pln").circuitState().name().equals("CLOSED") && failed < MINIMUM_CALLS + 2) {
            Answer a = counter.post(INQUIRY, BUDI);
            assertThat(a.status()).as(a.body()).isIn(502, 503);
            failed++;
        }
        assertThat(guards.of("pln").circuitState().name()).isEqualTo("OPEN");
        assertThat(failed).as("opened by the descriptor's minimum of calls").isEqualTo(MINIMUM_CALLS);

        long before = plnRequests();
        long start = System.nanoTime();
        Answer refused = counter.post(INQUIRY, BUDI);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asText()).endsWith("/agency-unavailable");
        assertThat(refused.json().path("agency").asText()).isEqualTo("pln");
        assertThat(refused.json().path("circuitState").asText()).isEqualTo("OPEN");
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(plnRequests()).as("PLN's host is not called while the circuit is open").isEqualTo(before);

        sandbox.faults().set("pln", Fault.NONE);
        assertThat(counter.post(INQUIRY, BUDI).status()).as("still open during the wait").isEqualTo(503);
        Thread.sleep(WAIT_IN_OPEN_MS + 200);
        Answer trial = counter.post(INQUIRY, BUDI);

        assertThat(trial.status()).as(trial.body()).isEqualTo(200);
        assertThat(trial.json().path("result").path("customerId").asText()).isEqualTo("543100287461");
        assertThat(guards.of("pln").circuitState().name()).isEqualTo("CLOSED");
    }
}

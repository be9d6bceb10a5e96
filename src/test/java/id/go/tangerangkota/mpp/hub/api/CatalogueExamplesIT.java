package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.support.Canonical;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Replays the example body of every service in the catalogue, as a counter developer would copy
 * it: a service the catalogue says is available answers 200 (inquiry, payment) or 202 then
 * COMPLETED (application); any other answers 503, "connector not yet enabled" or, for a payment
 * whose flow is not set up yet, "service mode not available". Its own context (and sandbox): the
 * examples pay bills and register applications, which other tests must not find already done.
 */
@TestPropertySource(properties = "mpp.data-dir=./target/it-data/${mpp.test.run:local}/catalogue-examples")
class CatalogueExamplesIT extends HubIntegrationTest {

    @Test
    void everyCatalogueExampleIsAnsweredAsItsConnectorStateSays() {
        int live = 0;
        int waiting = 0;
        for (JsonNode agency : counter.get("/api/v1/agencies").json().path("agencies")) {
            String slug = agency.path("id").asText();
            boolean available = agency.path("state").asText().equals("available");

            for (JsonNode service : counter.get("/api/v1/agencies/" + slug + "/services").json().path("services")) {
                String at = slug + "/" + service.path("id").asText();
                Answer a = counter.post(service.path("path").asText(), service.path("example").toString());
                if (!service.path("available").asBoolean()) {
                    assertThat(a.status()).as(at + ": " + a.body()).isEqualTo(503);
                    assertThat(a.json().path("type").asText()).as(at)
                            .endsWith(available ? "/service-mode-not-available" : "/connector-not-enabled");
                    waiting++;
                    continue;
                }
                live++;
                switch (service.path("mode").asText()) {
                    case "inquiry" -> assertThat(a.status()).as(at + ": " + a.body()).isEqualTo(200);
                    case "application" -> {
                        assertThat(a.status()).as(at + ": " + a.body()).isEqualTo(202);
                        Answer done = counter.await(a.header("Location"),
                                r -> !r.json().path("status").asText().matches("RECEIVED|QUEUED|DISPATCHED"),
                                Duration.ofSeconds(20));
                        assertThat(done.json().path("status").asText()).as(at + ": " + done.body())
                                .isEqualTo("COMPLETED");
                    }
                    case "payment" -> {
                        assertThat(a.status()).as(at + ": " + a.body()).isEqualTo(200);
                        assertThat(a.json().path("result").path("status").asText()).isEqualTo("PAID");
                        Canonical.assertValid("payment.schema.json", a.json().path("result"));
                    }
                    default -> throw new AssertionError(at + ": unknown mode");
                }
            }
        }
        assertThat(live).as("services available to counters").isGreaterThanOrEqualTo(3);
        assertThat(live + waiting).isGreaterThanOrEqualTo(50);
    }
}

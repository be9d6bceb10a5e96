package id.go.tangerangkota.mpp.hub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;

/**
 * Replays the example body of every service of the catalogue as a counter developer would copy it,
 * and checks each answer by its mode: 200 for an inquiry, 202 then COMPLETED for an application,
 * 200 PAID (with a valid canonical payment) for a payment.
 */
public final class CatalogueWalk {

    private CatalogueWalk() {
    }

    /**
     * Walks the services of the agencies {@code include} accepts, asserting every one.
     *
     * @return the services walked, as {@code agency/service}
     */
    public static List<String> walk(HubClient counter, Predicate<String> include) {
        List<String> walked = new ArrayList<>();
        for (JsonNode agency : counter.get("/api/v1/agencies").json().path("agencies")) {
            String slug = agency.path("id").asText();
            if (!include.test(slug)) {
                continue;
            }
            for (JsonNode service : counter.get("/api/v1/agencies/" + slug + "/services").json().path("services")) {
                String at = slug + "/" + service.path("id").asText();
                assertThat(service.path("available").asBoolean()).as(at + " available").isTrue();
                Answer a = counter.post(service.path("path").asText(), service.path("example").toString());
                switch (service.path("mode").asText()) {
                    case "inquiry" -> assertThat(a.status()).as(at + ": " + a.body()).isEqualTo(200);
                    case "application" -> {
                        assertThat(a.status()).as(at + ": " + a.body()).isEqualTo(202);
                        Answer done = counter.await(a.header("Location"),
                                r -> !r.json().path("status").asText().matches("RECEIVED|QUEUED|DISPATCHED"),
                                Duration.ofSeconds(30));
                        assertThat(done.json().path("status").asText()).as(at + ": " + done.body())
                                .isEqualTo("COMPLETED");
                    }
                    case "payment" -> {
                        assertThat(a.status()).as(at + ": " + a.body()).isEqualTo(200);
                        assertThat(a.json().path("result").path("status").asText()).as(at).isEqualTo("PAID");
                        Canonical.assertValid("payment.schema.json", a.json().path("result"));
                    }
                    default -> throw new AssertionError(at + ": unknown mode");
                }
                walked.add(at);
            }
        }
        return walked;
    }
}

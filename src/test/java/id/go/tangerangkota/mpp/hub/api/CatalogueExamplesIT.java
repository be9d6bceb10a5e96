package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.support.CatalogueWalk;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole catalogue, end to end: all 17 agencies are available, and every service of every one
 * answers its catalogue example through the counter API (200 for inquiries and payments, 202 then
 * COMPLETED for applications). Its own context (and sandbox): the examples pay bills and register
 * applications, which other tests must not find already done.
 */
@TestPropertySource(properties = "mpp.data-dir=./target/it-data/${mpp.test.run:local}/catalogue-examples")
class CatalogueExamplesIT extends HubIntegrationTest {

    @Test
    void allSeventeenAgenciesAreAvailableAndEveryCatalogueExampleIsServed() {
        JsonNode agencies = counter.get("/api/v1/agencies").json().path("agencies");
        assertThat(agencies).hasSize(17);
        for (JsonNode agency : agencies) {
            assertThat(agency.path("state").asText()).as(agency.path("id").asText()).isEqualTo("available");
        }

        List<String> walked = CatalogueWalk.walk(counter, slug -> true);

        assertThat(walked).hasSizeGreaterThanOrEqualTo(50);
        assertThat(walked.stream().map(s -> s.substring(0, s.indexOf('/'))).distinct()).hasSize(17);
    }
}

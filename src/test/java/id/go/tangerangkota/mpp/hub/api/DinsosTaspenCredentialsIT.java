package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Dinsos and Taspen configured with wrong API keys: each answers its own error (Dinsos kode 41
 * "API key tidak dikenali", Taspen {@code <kode>41</kode>} "API KEY TIDAK VALID", both HTTP 401)
 * and the counter gets a 502 naming the agency, never the key. One Spring
 * context for the issue-4 agencies of this slice, to keep the suite's contexts few.
 */
@TestPropertySource(properties = {
        "mpp.agency.dinsos.api-key=not-the-dinsos-key",
        "mpp.agency.taspen.api-key=not-the-taspen-key",
        "mpp.data-dir=./target/it-data/${mpp.test.run:local}/dinsos-taspen-wrong-key"
})
class DinsosTaspenCredentialsIT extends HubIntegrationTest {

    @Test
    void wrongDinsosApiKeyIsA502NamingTheAgency() {
        Answer a = counter.post("/api/v1/agencies/dinsos/services/dtks-check",
                "{\"citizen\":{\"nik\":\"3671116304880006\"},\"data\":{\"purpose\":\"Pengecekan status bansos\"}}");

        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.json().path("type").asText()).endsWith("/agency-error");
        assertThat(a.json().path("agency").asText()).isEqualTo("dinsos");
        assertThat(a.json().path("detail").asText()).contains("Dinsos").contains("API key tidak dikenali")
                .doesNotContain("not-the-dinsos-key");
    }

    @Test
    void wrongTaspenApiKeyIsA502NamingTheAgency() {
        Answer a = counter.post("/api/v1/agencies/taspen/services/pension-status",
                "{\"citizen\":{\"nik\":\"3671092709650005\"},\"data\":{\"lookupBy\":\"nik\"}}");

        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.json().path("type").asText()).endsWith("/agency-error");
        assertThat(a.json().path("agency").asText()).isEqualTo("taspen");
        assertThat(a.json().path("detail").asText()).contains("Taspen").contains("API KEY TIDAK VALID")
                .doesNotContain("not-the-taspen-key");
    }
}

package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Bapenda and BPKD configured with wrong secrets, in one context (one extra Spring context for the
 * two agencies): each back end refuses with its own error and the counter gets a 502 naming it.
 */
@TestPropertySource(properties = {
        "mpp.agency.bapenda.api-key=not-the-bapenda-key",
        "mpp.agency.bpkd.password=not-the-bpkd-password",
        "mpp.data-dir=./target/it-data/${mpp.test.run:local}/regional-finance-wrong-credentials"
})
class RegionalFinanceCredentialsIT extends HubIntegrationTest {

    @Test
    void aWrongBapendaKeyIsA502NamingTheAgency() {
        Answer a = counter.post("/api/v1/agencies/bapenda/services/pbb-inquiry",
                "{\"citizen\":{\"nik\":\"3671071506780003\"},\"data\":{\"nop\":\"367107000501203450\",\"taxYear\":2026}}");

        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.json().path("type").asText()).endsWith("/agency-error");
        assertThat(a.json().path("agency").asText()).isEqualTo("bapenda");
        assertThat(a.json().path("detail").asText()).contains("Bapenda").contains("X-Api-Key tidak dikenal")
                .doesNotContain("not-the-bapenda-key");
    }

    @Test
    void aWrongBpkdPasswordIsA502NamingTheAgency() {
        Answer a = counter.post("/api/v1/agencies/bpkd/services/retribution-inquiry",
                "{\"citizen\":{\"nik\":\"3671116304880006\"},\"data\":{\"billingCode\":\"3671112611000123\"}}");

        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.json().path("type").asText()).endsWith("/agency-error");
        assertThat(a.json().path("agency").asText()).isEqualTo("bpkd");
        assertThat(a.json().path("detail").asText()).contains("BPKD").contains("USER ID ATAU KATA SANDI SALAH")
                .doesNotContain("not-the-bpkd-password");
    }
}

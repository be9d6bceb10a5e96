package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A PDAM connector configured with a wrong collector password: Tirta Benteng answers its own
 * status 41 "USER ATAU PASSWORD SALAH" (HTTP 401), and the counter gets a 502 naming the agency.
 */
@TestPropertySource(properties = {
        "mpp.agency.pdam.password=not-the-collector-password",
        "mpp.data-dir=./target/it-data/${mpp.test.run:local}/pdam-wrong-password"
})
class PdamCredentialsIT extends HubIntegrationTest {

    @Test
    void wrongPasswordIsA502NamingTheAgency() {
        Answer a = counter.post("/api/v1/agencies/pdam/services/bill-inquiry",
                "{\"citizen\":{\"nik\":\"3671011203850001\"},\"data\":{\"customerId\":\"0501012873\"}}");

        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.json().path("type").asText()).endsWith("/agency-error");
        assertThat(a.json().path("agency").asText()).isEqualTo("pdam");
        assertThat(a.json().path("detail").asText()).contains("PDAM Tirta Benteng").contains("USER ATAU PASSWORD SALAH")
                .doesNotContain("not-the-collector-password");
    }
}

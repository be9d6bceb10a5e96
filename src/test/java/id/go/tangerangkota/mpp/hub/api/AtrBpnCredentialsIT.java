package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * An ATR/BPN connector configured with a wrong password: the land-office gateway answers its own
 * E401 "Nama pengguna atau kata sandi salah" (HTTP 401, an empty page), and the counter gets a 502
 * agency-error naming the agency, without the password.
 */
@TestPropertySource(properties = {
        "mpp.agency.atr-bpn.password=not-the-issued-password",
        "mpp.data-dir=./target/it-data/${mpp.test.run:local}/atr-bpn-wrong-password"
})
class AtrBpnCredentialsIT extends HubIntegrationTest {

    @Test
    void wrongPasswordIsA502NamingTheAgency() {
        Answer a = counter.post("/api/v1/agencies/atr-bpn/services/application-status",
                "{\"citizen\":{\"nik\":\"3671071506780003\"},\"data\":{\"fileNumber\":12873,\"year\":2026}}");

        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.json().path("type").asText()).endsWith("/agency-error");
        assertThat(a.json().path("agency").asText()).isEqualTo("atr-bpn");
        assertThat(a.json().path("detail").asText()).contains("ATR/BPN").contains("Nama pengguna atau kata sandi salah")
                .doesNotContain("not-the-issued-password");
    }
}

package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.mpp.hub.support.Citizens;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A connector configured with a wrong password: the Disdukcapil sandbox answers "Login Gagal" as
 * the real one does, and the counter gets a 502 naming the agency, not a pass and not a 500.
 */
@TestPropertySource(properties = {
        "mpp.agency.disdukcapil.password=not-the-agreed-password",
        "mpp.data-dir=./target/it-data/${mpp.test.run:local}/wrong-credentials"
})
class AgencyCredentialsIT extends HubIntegrationTest {

    @Test
    void wrongPasswordIsA502NamingTheAgency() {
        Answer a = counter.post(Citizens.LOOKUP, Citizens.lookupBody(Citizens.BUDI));

        assertThat(a.status()).isEqualTo(502);
        assertThat(a.json().path("type").asText()).endsWith("/agency-error");
        assertThat(a.json().path("agency").asText()).isEqualTo("disdukcapil");
        assertThat(a.json().path("detail").asText()).contains("Disdukcapil").contains("Login Gagal")
                .doesNotContain("not-the-agreed-password");
    }

    @Test
    void aFailedCallGivesItsIdempotencyKeyBackForTheRetry() {
        String key = "failing-" + System.nanoTime();

        Answer first = counter.post(Citizens.LOOKUP, Citizens.lookupBody(Citizens.BUDI), "application/json", key);
        Answer retry = counter.post(Citizens.LOOKUP, Citizens.lookupBody(Citizens.BUDI), "application/json", key);

        assertThat(first.status()).isEqualTo(502);
        // Not 409 "in progress", and not a replay of the failure: the retry really ran again.
        assertThat(retry.status()).isEqualTo(502);
        assertThat(retry.header("Idempotency-Replayed")).isNull();
    }
}

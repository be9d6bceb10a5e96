package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The Samsat connector configured with a wrong password: CXF computes a valid-looking
 * PasswordDigest from it, the Samsat sandbox answers the WS-Security fault
 * wsse:FailedAuthentication as a WSS4J host does, and the counter gets a 502 naming Samsat.
 */
@TestPropertySource(properties = {
        "mpp.agency.samsat.password=not-the-agreed-password",
        "mpp.data-dir=./target/it-data/${mpp.test.run:local}/samsat-wrong-credentials"
})
class SamsatCredentialsIT extends HubIntegrationTest {

    @Test
    void aWrongPasswordIsAWsSecurityFaultAndA502NamingSamsat() {
        Answer a = counter.post("/api/v1/agencies/samsat/services/pkb-inquiry",
                "{\"citizen\":{\"nik\":\"3671011203850001\"},\"data\":{\"plateNumber\":\"B 1234 CVA\"}}");

        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.json().path("type").asText()).endsWith("/agency-error");
        assertThat(a.json().path("agency").asText()).isEqualTo("samsat");
        assertThat(a.json().path("detail").asText()).contains("Samsat refused the hub's credentials")
                .contains("WS-Security FailedAuthentication")
                .doesNotContain("not-the-agreed-password");
    }
}

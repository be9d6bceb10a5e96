package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A BPJS Ketenagakerjaan connector configured with a wrong API key: the gateway answers its own
 * kode 40 "API Key tidak valid" (HTTP 401), and the counter gets a 502 naming the agency; an
 * application is not rejected (the citizen did nothing wrong) but stays in delivery.
 */
@TestPropertySource(properties = {
        "mpp.agency.bpjs-ketenagakerjaan.api-key=not-the-issued-key",
        "mpp.data-dir=./target/it-data/${mpp.test.run:local}/bpjs-ketenagakerjaan-wrong-key"
})
class BpjsKetenagakerjaanCredentialsIT extends HubIntegrationTest {

    private static final String SERVICES = "/api/v1/agencies/bpjs-ketenagakerjaan/services/";

    @Test
    void wrongApiKeyIsA502NamingTheAgency() {
        Answer a = counter.post(SERVICES + "participant-status",
                "{\"citizen\":{\"nik\":\"3671011203850001\"},\"data\":{\"lookupBy\":\"nik\"}}");

        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.json().path("type").asText()).endsWith("/agency-error");
        assertThat(a.json().path("agency").asText()).isEqualTo("bpjs-ketenagakerjaan");
        assertThat(a.json().path("detail").asText()).contains("BPJS Ketenagakerjaan").contains("API Key tidak valid")
                .doesNotContain("not-the-issued-key");
    }

    @Test
    void anApplicationIsNotRejectedForTheHubsWrongKey() throws Exception {
        Answer accepted = counter.post(SERVICES + "data-update", """
                {"citizen":{"nik":"3671011203850001"},"data":{"kpjNumber":"15078342615",
                 "changes":{"phone":"081312345678"},"reason":"Nomor HP baru"}}""");
        assertThat(accepted.status()).isEqualTo(202);

        Thread.sleep(1500);
        Answer later = counter.get(accepted.header("Location"));
        assertThat(later.json().path("status").asText()).isIn("QUEUED", "DISPATCHED");
    }
}

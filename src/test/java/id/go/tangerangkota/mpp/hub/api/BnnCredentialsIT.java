package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A BNN connector configured with a wrong API key: the gateway answers its own BNN-401 "Kunci API
 * tidak dikenali" (HTTP 401). An application is not rejected for it (the citizen did nothing
 * wrong) but stays in delivery, and its failed attempt is reported as a 502-class agency error
 * naming BNN.
 */
@TestPropertySource(properties = {
        "mpp.agency.bnn.api-key=not-the-issued-key",
        "mpp.data-dir=./target/it-data/${mpp.test.run:local}/bnn-wrong-key"
})
class BnnCredentialsIT extends HubIntegrationTest {

    private static final String SERVICES = "/api/v1/agencies/bnn/services/";

    @Test
    void anApplicationIsNotRejectedForTheHubsWrongKey() throws Exception {
        Answer accepted = counter.post(SERVICES + "outreach-request", """
                {"citizen":{"nik":"3671116304880006"},"data":{"organisation":"Karang Taruna RW 04 Kelurahan Pinang",
                 "audience":"community","expectedParticipants":60,"preferredDate":"2026-12-11",
                 "venue":"Balai Warga RW 04, Kelurahan Pinang","phone":"087812345670"}}""");
        assertThat(accepted.status()).isEqualTo(202);

        // The failed attempt is recorded with the 502 agency-error problem's detail, naming BNN.
        Answer later = counter.await(accepted.header("Location"),
                r -> r.body().contains("Attempt 1 failed"), Duration.ofSeconds(20));
        assertThat(later.json().path("status").asText()).isIn("QUEUED", "DISPATCHED");
        assertThat(later.json().path("history").findValuesAsText("note")).anySatisfy(note -> assertThat(note)
                .startsWith("Attempt 1 failed: BNN Kota Tangerang refused the hub's credentials (Kunci API tidak dikenali)")
                .doesNotContain("not-the-issued-key"));
        assertThat(later.json().path("reason").isMissingNode()).isTrue();
    }
}

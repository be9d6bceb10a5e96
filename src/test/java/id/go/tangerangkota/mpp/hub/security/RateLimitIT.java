package id.go.tangerangkota.mpp.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Rate limits per client and per caller address, with limits low enough to reach in a test. */
@TestPropertySource(properties = {
        "mpp.data-dir=./target/it-data/${mpp.test.run:local}/rate-limits",
        "mpp.security.rate-limits.roles.COUNTER=3",
        "mpp.security.rate-limits.public-per-address=2"
})
class RateLimitIT extends HubIntegrationTest {

    @Test
    void aClientOverItsRateGets429WithRetryAfterWhileOtherClientsGoOn() throws InterruptedException {
        List<Answer> burst = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            burst.add(counter.get("/api/v1/agencies"));
        }
        Answer limited = burst.stream().filter(a -> a.status() == 429).findFirst().orElseThrow(() ->
                new AssertionError("no 429 in " + burst.stream().map(Answer::status).toList()));
        assertThat(burst.stream().filter(a -> a.status() == 200).count()).isBetween(3L, 6L);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.json().path("type").asText()).endsWith("/rate-limited");
        int retryAfter = Integer.parseInt(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 2);

        assertThat(new HubClient(port, HubClient.INTEGRATOR_KEY).get("/api/v1/admin/connectors").status())
                .as("another client's calls are not limited by this one's").isEqualTo(200);
        assertThat(new HubClient(port, HubClient.COUNTER_KARAWACI_KEY).get("/api/v1/agencies").status())
                .as("another counter of the same role has its own limit").isEqualTo(200);

        Thread.sleep(retryAfter * 1000L);
        assertThat(counter.get("/api/v1/agencies").status()).as("after Retry-After").isEqualTo(200);
    }

    @Test
    void callersWithoutAKeyAreLimitedByAddress() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(anonymous.get("/api/v1/track/MPP-AAAA-BBBB-CCCC").status());
        }
        assertThat(statuses).contains(404, 429);
        assertThat(statuses.stream().filter(s -> s == 404).count()).isBetween(2L, 4L);
    }
}

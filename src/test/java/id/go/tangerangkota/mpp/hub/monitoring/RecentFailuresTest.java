package id.go.tangerangkota.mpp.hub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class RecentFailuresTest {

    @Test
    void keepsTheNewestFirstUpToItsCapacityAndFiltersByAgency() {
        RecentFailures failures = new RecentFailures(3);
        for (int i = 1; i <= 4; i++) {
            failures.add(new RecentFailures.Failure(OffsetDateTime.now(), "r" + i, i % 2 == 0 ? "pln" : "bnn",
                    "s", "inquiry", "AGENCY_FAILURE", "down"));
        }
        assertThat(failures.list(null, 10)).extracting(RecentFailures.Failure::requestId)
                .containsExactly("r4", "r3", "r2");
        assertThat(failures.list("pln", 10)).extracting(RecentFailures.Failure::requestId)
                .containsExactly("r4", "r2");
        assertThat(failures.list(null, 1)).hasSize(1);
    }
}

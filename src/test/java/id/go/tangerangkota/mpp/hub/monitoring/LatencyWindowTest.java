package id.go.tangerangkota.mpp.hub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LatencyWindowTest {

    private static final long MS = 1_000_000;

    @Test
    void percentilesAreOfTheCallsWithinTheWindowAndRefusalsCountWithoutALatency() {
        LatencyWindow window = new LatencyWindow(Duration.ofMinutes(5), 1000);
        window.add(0, 900 * MS, true, false); // older than five minutes at the time of reading
        for (int i = 1; i <= 100; i++) {
            window.add(60_000 + i, i * MS, true, i > 98);
        }
        window.add(60_200, 0, false, true);

        LatencyWindow.Summary summary = window.summary(60_000 + 5 * 60_000);

        assertThat(summary.calls()).isEqualTo(101);
        assertThat(summary.failures()).isEqualTo(3);
        assertThat(summary.p50Ms()).isEqualTo(50.0);
        assertThat(summary.p95Ms()).isEqualTo(95.0);
    }

    @Test
    void withoutCallsThereAreNoPercentilesAndTheRingKeepsOnlyTheNewest() {
        LatencyWindow window = new LatencyWindow(Duration.ofMinutes(5), 3);
        assertThat(window.summary(0).p50Ms()).isNull();
        for (int i = 1; i <= 5; i++) {
            window.add(i, i * 10 * MS, true, false);
        }
        LatencyWindow.Summary summary = window.summary(10);
        assertThat(summary.calls()).isEqualTo(3);
        assertThat(summary.p50Ms()).isEqualTo(40.0);
    }
}

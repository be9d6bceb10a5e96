package id.go.tangerangkota.mpp.hub.resilience;

import static id.go.tangerangkota.mpp.hub.support.SandboxConnectors.registry;
import static id.go.tangerangkota.mpp.hub.support.SandboxConnectors.sandboxEnvironment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Closing time is kept to the second: the hours are checked at the instant an office closes, not
 * only at the next regular check (here 30 s away), so no application goes out after closing.
 */
class OfficeHoursTest {

    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final Map<String, String> heldNotes = new ConcurrentHashMap<>();
    private OfficeHours officeHours;
    private DeliveryHold hold;

    @AfterEach
    void stop() {
        officeHours.close();
        hold.close();
        camel.stop();
    }

    @Test
    void anOfficeClosingOneSecondFromNowIsHeldAtClosingTimeNotAtTheNextRegularCheck() {
        // The hub's clock runs in real time from Friday 27 November 2026, 14:59:59 WIB.
        Instant fridayOneSecondBeforeClosing = Instant.parse("2026-11-27T07:59:59Z");
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), fridayOneSecondBeforeClosing));
        camel.start();
        hold = new DeliveryHold(camel, clock, (agency, note) -> {
            heldNotes.put(agency, note);
            return 0;
        });
        officeHours = new OfficeHours(registry("file:connectors", sandboxEnvironment()), hold, clock, true,
                Duration.ofSeconds(30));

        officeHours.check();

        assertThat(hold.isHeld("dinsos")).as("open at 14:59:59").isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> hold.isHeld("dinsos"));
        assertThat(Duration.between(fridayOneSecondBeforeClosing, clock.instant()))
                .as("held right at closing, long before the regular check").isLessThan(Duration.ofSeconds(5));
        assertThat(hold.reasons("dinsos")).containsExactly(DeliveryHold.Reason.OFFICE_CLOSED);
        await().atMost(Duration.ofSeconds(2)).until(() -> heldNotes.containsKey("dinsos"));
        assertThat(heldNotes.get("dinsos")).isEqualTo(
                "Held: the back office of Dinsos is closed; it opens Sabtu 28 November 2026 09:00 Asia/Jakarta");
    }
}

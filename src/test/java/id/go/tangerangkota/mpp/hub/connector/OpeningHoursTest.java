package id.go.tangerangkota.mpp.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Back-office hours from a descriptor: weekly hours, closed days, holidays, the MPP's default. */
class OpeningHoursTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void weekdaysOnlyOfficeIsClosedOnSaturdayAndOpensMondayAtEight() throws Exception {
        OpeningHours hours = OpeningHours.of(json("""
                {"timezone":"Asia/Jakarta","weekly":{"mon":"08:00-15:00","tue":"08:00-15:00","wed":"08:00-15:00",
                 "thu":"08:00-15:00","fri":"08:00-15:00","sat":"closed","sun":"closed"}}"""));
        Instant saturdayOnePm = Instant.parse("2026-11-28T06:00:00Z"); // 13:00 WIB

        assertThat(hours.isOpen(saturdayOnePm)).isFalse();
        assertThat(hours.nextOpening(saturdayOnePm)).hasValueSatisfying(t ->
                assertThat(t.toString()).isEqualTo("2026-11-30T08:00+07:00[Asia/Jakarta]"));
        assertThat(hours.isOpen(Instant.parse("2026-11-30T00:59:59Z"))).as("Monday 07:59:59 WIB").isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-11-30T01:00:00Z"))).as("Monday 08:00 WIB").isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-11-30T08:00:00Z"))).as("Monday 15:00 WIB, closing").isFalse();
    }

    @Test
    void holidaysAreClosedAndSkippedWhenLookingForTheNextOpening() throws Exception {
        OpeningHours hours = OpeningHours.of(json("""
                {"weekly":{"mon":"08:00-15:00","tue":"08:00-15:00","wed":"08:00-15:00","thu":"08:00-15:00",
                 "fri":"08:00-15:00"},"holidays":["2026-12-25"]}"""));
        Instant christmasMorning = Instant.parse("2026-12-25T02:00:00Z"); // Friday 09:00 WIB

        assertThat(hours.isOpen(christmasMorning)).isFalse();
        assertThat(hours.nextOpening(christmasMorning)).hasValueSatisfying(t ->
                assertThat(t.toLocalDate().toString()).isEqualTo("2026-12-28"));
    }

    @Test
    void withoutHoursTheMppsOwnApply() {
        OpeningHours mpp = OpeningHours.of(null);

        assertThat(mpp.isOpen(Instant.parse("2026-11-28T02:30:00Z"))).as("Saturday 09:30 WIB").isTrue();
        assertThat(mpp.isOpen(Instant.parse("2026-11-28T06:00:00Z"))).as("Saturday 13:00 WIB").isFalse();
        assertThat(mpp.isOpen(Instant.parse("2026-11-30T07:30:00Z"))).as("Monday 14:30 WIB").isTrue();
    }

    @Test
    void anOpenOfficeClosesAtTheEndOfTodaysHoursAndAClosedOneHasNoClosing() throws Exception {
        OpeningHours hours = OpeningHours.of(json("""
                {"weekly":{"mon":"08:00-15:00","tue":"08:00-15:00","wed":"08:00-15:00","thu":"08:00-15:00",
                 "fri":"08:00-15:00","sat":"00:00-24:00"}}"""));

        assertThat(hours.nextClosing(Instant.parse("2026-11-27T07:59:59Z"))).as("Friday 14:59:59 WIB")
                .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2026-11-27T15:00+07:00[Asia/Jakarta]"));
        assertThat(hours.nextClosing(Instant.parse("2026-11-27T08:00:00Z"))).as("Friday 15:00 WIB, closed").isEmpty();
        assertThat(hours.nextClosing(Instant.parse("2026-11-28T16:00:00Z"))).as("Saturday 23:00 WIB, open to 24:00")
                .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2026-11-29T00:00+07:00[Asia/Jakarta]"));
    }
}

package id.go.tangerangkota.mpp.hub.request;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * When an application's service level promise falls due, from the catalogue's
 * {@code sla: {value, unit}}. Working days skip Saturday and Sunday in Asia/Jakarta.
 */
public final class SlaClock {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private SlaClock() {
    }

    public static OffsetDateTime dueAt(OffsetDateTime from, JsonNode sla) {
        if (sla == null || !sla.has("value")) {
            return null;
        }
        long value = sla.path("value").asLong();
        return switch (sla.path("unit").asText()) {
            case "seconds" -> from.plusSeconds(value);
            case "minutes" -> from.plus(Duration.ofMinutes(value));
            case "hours" -> from.plusHours(value);
            case "days" -> from.plusDays(value);
            case "working-days" -> plusWorkingDays(from, value);
            default -> null;
        };
    }

    private static OffsetDateTime plusWorkingDays(OffsetDateTime from, long days) {
        ZonedDateTime t = from.atZoneSameInstant(WIB);
        long left = days;
        while (left > 0) {
            t = t.plusDays(1);
            if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return t.toOffsetDateTime();
    }
}

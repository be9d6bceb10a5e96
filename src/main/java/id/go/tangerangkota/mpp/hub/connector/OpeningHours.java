package id.go.tangerangkota.mpp.hub.connector;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * When an agency's back office processes applications: the descriptor's {@code hours} (weekly
 * hours per day, holidays, time zone), or the MPP's own hours when it declares none
 * (Mon-Fri 08:00-15:00, Sat-Sun 09:00-12:00, Asia/Jakarta). A day the weekly hours leave out is closed.
 */
public final class OpeningHours {

    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private final ZoneId zone;
    private final Map<DayOfWeek, LocalTime[]> weekly;
    private final Set<LocalDate> holidays;

    private OpeningHours(ZoneId zone, Map<DayOfWeek, LocalTime[]> weekly, Set<LocalDate> holidays) {
        this.zone = zone;
        this.weekly = weekly;
        this.holidays = holidays;
    }

    /** The hours a descriptor declares ({@code null} or missing: the MPP's own). */
    public static OpeningHours of(JsonNode hours) {
        ZoneId zone = ZoneId.of(hours == null ? "Asia/Jakarta" : hours.path("timezone").asText("Asia/Jakarta"));
        Map<DayOfWeek, LocalTime[]> weekly = new EnumMap<>(DayOfWeek.class);
        JsonNode days = hours == null ? null : hours.get("weekly");
        for (int i = 0; i < DAYS.length; i++) {
            String spec = days == null ? (i < 5 ? "08:00-15:00" : "09:00-12:00") : days.path(DAYS[i]).asText("closed");
            if (!spec.toLowerCase(Locale.ROOT).equals("closed")) {
                String[] range = spec.split("-");
                weekly.put(DayOfWeek.of(i + 1), new LocalTime[] {time(range[0]), time(range[1])});
            }
        }
        Set<LocalDate> holidays = new HashSet<>();
        if (hours != null) {
            hours.path("holidays").forEach(d -> holidays.add(LocalDate.parse(d.asText())));
        }
        return new OpeningHours(zone, weekly, holidays);
    }

    private static LocalTime time(String hhmm) {
        return hhmm.trim().equals("24:00") ? LocalTime.MAX : LocalTime.parse(hhmm.trim());
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether the back office is open at that instant. */
    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        LocalTime[] range = weekly.get(local.getDayOfWeek());
        LocalTime time = local.toLocalTime();
        return range != null && !time.isBefore(range[0]) && time.isBefore(range[1]);
    }

    /** When it next opens after {@code at} (within three weeks), in the office's zone; empty if never. */
    public Optional<ZonedDateTime> nextOpening(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        for (int day = 0; day <= 21; day++) {
            LocalDate date = local.toLocalDate().plusDays(day);
            LocalTime[] range = weekly.get(date.getDayOfWeek());
            if (range == null || holidays.contains(date)) {
                continue;
            }
            ZonedDateTime opening = date.atTime(range[0]).atZone(zone);
            if (opening.isAfter(local)) {
                return Optional.of(opening);
            }
        }
        return Optional.empty();
    }

    /** When it next closes, if it is open at {@code at}; empty if it is closed then. */
    public Optional<ZonedDateTime> nextClosing(Instant at) {
        if (!isOpen(at)) {
            return Optional.empty();
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime close = weekly.get(local.getDayOfWeek())[1];
        // Open until 24:00 closes at the next midnight, when the next day's hours take over.
        return Optional.of(close == LocalTime.MAX ? local.toLocalDate().plusDays(1).atStartOfDay(zone)
                : local.toLocalDate().atTime(close).atZone(zone));
    }
}

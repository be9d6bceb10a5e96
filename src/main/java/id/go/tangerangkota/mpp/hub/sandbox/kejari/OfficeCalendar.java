package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * Kejari's working calendar, the same as the connector descriptor's {@code hours}: Monday to
 * Friday 08:00-15:00 (Asia/Jakarta), closed at weekends and on the listed holidays. Every slot
 * the back end offers lies inside it.
 */
final class OfficeCalendar {

    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final LocalTime CLOSES = LocalTime.of(15, 0);
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));

    private OfficeCalendar() {
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.contains(day);
    }

    /** The first working day on or after {@code day}. */
    static LocalDate workingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** True when [start, end] lies within the office hours of a working day. */
    static boolean withinHours(LocalDate day, LocalTime start, LocalTime end) {
        return isWorkingDay(day) && !start.isBefore(OPENS) && !end.isAfter(CLOSES) && start.isBefore(end);
    }
}

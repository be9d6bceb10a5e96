package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * The court's PTSP hours, the same as the connector descriptor's {@code hours}: Monday to Thursday
 * 08:00-16:00, Friday 08:00-16:30 (Asia/Jakarta), closed at weekends and on the listed holidays.
 */
final class CourtCalendar {

    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final LocalTime CLOSES = LocalTime.of(16, 0);
    static final LocalTime CLOSES_FRIDAY = LocalTime.of(16, 30);
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));

    private CourtCalendar() {
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.contains(day);
    }

    static LocalDate workingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    static LocalTime closes(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.FRIDAY ? CLOSES_FRIDAY : CLOSES;
    }

    /** True when [start, end] lies within the office hours of a working day. */
    static boolean withinHours(LocalDate day, LocalTime start, LocalTime end) {
        return isWorkingDay(day) && !start.isBefore(OPENS) && !end.isAfter(closes(day)) && start.isBefore(end);
    }
}

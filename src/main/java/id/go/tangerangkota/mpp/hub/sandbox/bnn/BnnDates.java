package id.go.tangerangkota.mpp.hub.sandbox.bnn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** The gateway's date format and the office calendar (weekdays, the descriptor's holidays). */
final class BnnDates {

    /** The gateway writes dates dd/MM/yyyy. */
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** The national holidays the office closes on, as in connectors/bnn/connector.yaml. */
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));

    private BnnDates() {
    }

    static boolean holiday(LocalDate date) {
        return HOLIDAYS.contains(date);
    }

    static boolean workingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY && !holiday(date);
    }

    static String dmy(LocalDate date) {
        return DMY.format(date);
    }
}

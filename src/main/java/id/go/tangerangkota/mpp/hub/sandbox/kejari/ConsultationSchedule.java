package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Jaksa Pengacara Negara consultation slots: one citizen per hour, morning (PAGI 08-12) and
 * afternoon (SIANG 13-15) on working days only. A booking gets the preferred day and session when
 * free, else the next working day with a free slot in that session; never earlier than the next
 * working day after today.
 */
final class ConsultationSchedule {

    /** A booked slot. */
    record Slot(LocalDate day, LocalTime start, LocalTime end) {
    }

    static final List<LocalTime> PAGI = List.of(LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(10, 0),
            LocalTime.of(11, 0));
    static final List<LocalTime> SIANG = List.of(LocalTime.of(13, 0), LocalTime.of(14, 0));

    private final Set<String> taken = new HashSet<>();

    synchronized Slot book(LocalDate today, LocalDate preferred, String sesi) {
        List<LocalTime> starts = "SIANG".equals(sesi) ? SIANG : PAGI;
        LocalDate earliest = OfficeCalendar.workingDayFrom(today.plusDays(1));
        LocalDate day = OfficeCalendar.workingDayFrom(preferred.isBefore(earliest) ? earliest : preferred);
        while (true) {
            for (LocalTime start : starts) {
                if (taken.add(day + "T" + start)) {
                    return new Slot(day, start, start.plusHours(1));
                }
            }
            day = OfficeCalendar.workingDayFrom(day.plusDays(1));
        }
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Posbakum sessions: two advocates on duty, one-hour sessions 08-12 and 13-16 (12-13 is the
 * break), on working days only. A booking gets the first free session of the preferred day, else
 * of the next working day; never earlier than the next working day after today.
 */
final class PosbakumSchedule {

    /** A booked session. */
    record Slot(LocalDate day, LocalTime start, LocalTime end, int queueNumber) {
    }

    static final int ADVOCATES = 2;
    static final List<LocalTime> STARTS = List.of(LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(10, 0),
            LocalTime.of(11, 0), LocalTime.of(13, 0), LocalTime.of(14, 0), LocalTime.of(15, 0));

    private final Map<LocalDate, Integer> booked = new HashMap<>();

    synchronized Slot book(LocalDate today, LocalDate preferred) {
        LocalDate earliest = CourtCalendar.workingDayFrom(today.plusDays(1));
        LocalDate day = CourtCalendar.workingDayFrom(preferred.isBefore(earliest) ? earliest : preferred);
        while (booked.getOrDefault(day, 0) >= STARTS.size() * ADVOCATES) {
            day = CourtCalendar.workingDayFrom(day.plusDays(1));
        }
        int taken = booked.merge(day, 1, Integer::sum);
        LocalTime start = STARTS.get((taken - 1) / ADVOCATES);
        return new Slot(day, start, start.plusHours(1), taken);
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The X-EXTERNAL-IDs seen per partner and day (the bank's calendar day in WIB): SNAP requires them
 * unique within a day, and a repeat is refused with 409xx00 whatever the body says.
 */
final class ExternalIdLedger {

    private final ConcurrentHashMap<LocalDate, Set<String>> byDay = new ConcurrentHashMap<>();

    /** True the first time the partner uses this id on that day; records it. */
    boolean firstUse(String partnerId, LocalDate day, String externalId) {
        // Only today and yesterday can still matter; older days are dropped so memory stays flat.
        byDay.keySet().removeIf(d -> d.isBefore(day.minusDays(1)));
        return byDay.computeIfAbsent(day, d -> ConcurrentHashMap.newKeySet()).add(partnerId + "\n" + externalId);
    }
}

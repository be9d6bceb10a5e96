package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The births the sandbox's Disdukcapil registered, deduplicated on ID_PERMOHONAN as a real back
 * end does, and the number of calls made for each application.
 *
 * <p>This is what tests read to prove exactly-once delivery: however often the hub redelivers an
 * application, {@link #registrationsReceived()} grows by one, while {@link #callsFor(String)}
 * shows the redeliveries.
 */
public final class BirthRegistrations {

    private final ConcurrentHashMap<String, BirthRegistration> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    /** The number of distinct applications registered (each ID_PERMOHONAN once). */
    public int registrationsReceived() {
        return byId.size();
    }

    /**
     * Every call that carried this ID_PERMOHONAN, whatever its outcome: refused ones (wrong
     * login, invalid data) and repeats of a registered one included.
     */
    public int callsFor(String idPermohonan) {
        AtomicInteger count = calls.get(idPermohonan);
        return count == null ? 0 : count.get();
    }

    /** The registration of an application, empty when it was never (successfully) registered. */
    public Optional<BirthRegistration> registration(String idPermohonan) {
        return Optional.ofNullable(byId.get(idPermohonan));
    }

    /** All registrations in the order they were made. */
    public List<BirthRegistration> all() {
        return byId.values().stream().sorted(Comparator.comparingInt(BirthRegistration::sequence)).toList();
    }

    void recordCall(String idPermohonan) {
        calls.computeIfAbsent(idPermohonan, id -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * Registers an application once. Two concurrent calls with the same id both get the one
     * registration: the sequence number is only drawn for an id not seen before.
     */
    BirthRegistration registerOnce(String idPermohonan, IntFunction<BirthRegistration> create) {
        return byId.computeIfAbsent(idPermohonan, id -> create.apply(sequence.incrementAndGet()));
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the court registered under each partner reference ({@code nomor_referensi}, the hub's request
 * id): the first answer and every call that carried the id. A repeat with the same content gets
 * the first answer and registers nothing; the same id for something else is refused (409).
 * Tests read {@link #received()} and {@link #callsFor(String)} to prove exactly-once delivery.
 */
public final class PaLedger {

    private record Entry(String kind, String fingerprint, XmlElement answer) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    /** Distinct requests registered. */
    public int received() {
        return entries.size();
    }

    /** Requests registered of one kind (POSBAKUM). */
    public long received(String kind) {
        return entries.values().stream().filter(e -> e.kind().equals(kind)).count();
    }

    /** Every call that carried this id, repeats and refusals included. */
    public int callsFor(String id) {
        AtomicInteger count = calls.get(id);
        return count == null ? 0 : count.get();
    }

    /** True when something was registered under this id. */
    public boolean registered(String id) {
        return entries.containsKey(id);
    }

    void recordCall(String id) {
        calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    }

    int nextSequence() {
        return sequence.incrementAndGet();
    }

    Optional<XmlElement> earlier(String id, String kind, String fingerprint) {
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.kind().equals(kind) || !entry.fingerprint().equals(fingerprint)) {
            throw new PaRejection(PaRejection.REFERENCE_USED, "NOMOR REFERENSI SUDAH DIGUNAKAN");
        }
        return Optional.of(entry.answer());
    }

    void remember(String id, String kind, String fingerprint, XmlElement answer) {
        entries.put(id, new Entry(kind, fingerprint, answer));
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What Tirta Benteng registered under each partner reference ({@code no_ref}, the hub's request
 * id): the first answer, what it was for, and every call that carried the reference. A repeat with
 * the same content is answered with the first answer and registers nothing new; the same reference
 * for something else is refused (94).
 *
 * <p>Tests read it to prove exactly-once delivery and payment: {@link #received()} grows by one per
 * reference however often it is sent, while {@link #callsFor(String)} shows the repeats.
 */
public final class ReferenceLedger {

    private record Entry(String kind, String fingerprint, XmlElement answer) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    /** The number of distinct references registered. */
    public int received() {
        return entries.size();
    }

    /** The references registered for one kind, e.g. SAMBUNGAN_BARU or PEMBAYARAN. */
    public long received(String kind) {
        return entries.values().stream().filter(e -> e.kind().equals(kind)).count();
    }

    /** Every call that carried this reference, refused ones and repeats included. */
    public int callsFor(String noRef) {
        AtomicInteger count = calls.get(noRef);
        return count == null ? 0 : count.get();
    }

    /** True when something was registered under this reference. */
    public boolean registered(String noRef) {
        return entries.containsKey(noRef);
    }

    void recordCall(String noRef) {
        calls.computeIfAbsent(noRef, ref -> new AtomicInteger()).incrementAndGet();
    }

    int nextSequence() {
        return sequence.incrementAndGet();
    }

    /**
     * The first answer for a reference, when there is one; throws 94 when the reference was used
     * for something else (another customer, amount or kind).
     */
    Optional<XmlElement> earlier(String noRef, String kind, String fingerprint) {
        Entry entry = entries.get(noRef);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.kind().equals(kind) || !entry.fingerprint().equals(fingerprint)) {
            throw new PdamRejection(PdamRejection.REFERENCE_USED, "NO REF SUDAH DIGUNAKAN");
        }
        return Optional.of(entry.answer());
    }

    void remember(String noRef, String kind, String fingerprint, XmlElement answer) {
        entries.put(noRef, new Entry(kind, fingerprint, answer));
    }
}

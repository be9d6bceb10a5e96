package id.go.tangerangkota.mpp.hub.sandbox.dinsos;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The proposals Dinsos registered (DTKS registrations, PBI-JK reactivations), deduplicated on the
 * partner's {@code idPermohonanMpp} (the hub's request id), and the calls that carried each id.
 * Tests read it to prove exactly-once delivery: {@link #received()} grows by one per application
 * while {@link #callsFor(String)} shows the repeats.
 */
public final class DinsosApplications {

    private final ConcurrentHashMap<String, Map<String, Object>> answers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> kinds = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    /** The number of distinct proposals registered (each idPermohonanMpp once). */
    public int received() {
        return answers.size();
    }

    /** The proposals of one kind registered: USULAN_DTKS or REAKTIVASI_PBI. */
    public long received(String kind) {
        return kinds.values().stream().filter(kind::equals).count();
    }

    /** Every call that carried this idPermohonanMpp, refused ones and repeats included. */
    public int callsFor(String idPermohonanMpp) {
        AtomicInteger count = calls.get(idPermohonanMpp);
        return count == null ? 0 : count.get();
    }

    Optional<Map<String, Object>> answer(String id) {
        return Optional.ofNullable(answers.get(id));
    }

    void recordCall(String id) {
        calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    }

    int nextSequence() {
        return sequence.incrementAndGet();
    }

    void remember(String id, String kind, Map<String, Object> answer) {
        kinds.put(id, kind);
        answers.put(id, Map.copyOf(answer));
    }
}

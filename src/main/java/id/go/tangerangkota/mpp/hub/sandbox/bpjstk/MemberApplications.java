package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The applications BPJS Ketenagakerjaan registered (data updates, JHT claims, BPU registrations),
 * deduplicated on the partner's {@code idPengajuan} as a real back end does, and the calls that
 * carried each id.
 *
 * <p>Tests read it to prove exactly-once delivery: however often the hub redelivers an
 * application, {@link #received()} grows by one while {@link #callsFor(String)} shows the repeats.
 */
public final class MemberApplications {

    private final ConcurrentHashMap<String, Map<String, Object>> answers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> kinds = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    /** The number of distinct applications registered (each idPengajuan once). */
    public int received() {
        return answers.size();
    }

    /** The applications of one kind registered: PERUBAHAN_DATA, KLAIM_JHT or PENDAFTARAN_BPU. */
    public long received(String kind) {
        return kinds.values().stream().filter(kind::equals).count();
    }

    /** Every call that carried this idPengajuan, refused ones and repeats included. */
    public int callsFor(String idPengajuan) {
        AtomicInteger count = calls.get(idPengajuan);
        return count == null ? 0 : count.get();
    }

    /** The answer given when the application was registered, empty when it never was. */
    public Optional<Map<String, Object>> answer(String idPengajuan) {
        return Optional.ofNullable(answers.get(idPengajuan));
    }

    void recordCall(String idPengajuan) {
        calls.computeIfAbsent(idPengajuan, id -> new AtomicInteger()).incrementAndGet();
    }

    int nextSequence() {
        return sequence.incrementAndGet();
    }

    void remember(String idPengajuan, String kind, Map<String, Object> answer) {
        kinds.put(idPengajuan, kind);
        answers.put(idPengajuan, Map.copyOf(answer));
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.bapenda;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The applications Bapenda registered (SSPD BPHTB, mutasi SPPT), deduplicated on the partner's
 * {@code idTransaksiMitra}: the same id again answers the first answer and registers nothing new.
 * Tests read {@link #received()} and {@link #callsFor(String)} to prove exactly-once delivery.
 */
public final class Submissions {

    private final ConcurrentHashMap<String, Map<String, Object>> answers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> kinds = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    /** Distinct applications registered (each idTransaksiMitra once). */
    public int received() {
        return answers.size();
    }

    /** Applications of one kind registered: SSPD_BPHTB or MUTASI_SPPT. */
    public long received(String kind) {
        return kinds.values().stream().filter(kind::equals).count();
    }

    /** Every call that carried this id, refused ones and repeats included. */
    public int callsFor(String idTransaksiMitra) {
        AtomicInteger count = calls.get(idTransaksiMitra);
        return count == null ? 0 : count.get();
    }

    /** The registered answer of an id, empty when none was registered. */
    public Optional<Map<String, Object>> answer(String idTransaksiMitra) {
        return Optional.ofNullable(answers.get(idTransaksiMitra));
    }

    /**
     * The answer for this id: the first one if it was registered before, else {@code register}'s
     * (remembered only when it did not throw a rejection).
     */
    synchronized Map<String, Object> once(String id, String kind, Supplier<Map<String, Object>> register) {
        calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        Map<String, Object> earlier = answers.get(id);
        if (earlier != null) {
            return earlier;
        }
        Map<String, Object> answer = register.get();
        answers.put(id, answer);
        kinds.put(id, kind);
        return answer;
    }
}

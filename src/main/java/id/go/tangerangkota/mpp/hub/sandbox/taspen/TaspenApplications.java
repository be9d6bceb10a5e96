package id.go.tangerangkota.mpp.hub.sandbox.taspen;

import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The applications Taspen registered (authentications, data changes), deduplicated on the
 * partner's {@code <noReferensi>} (the hub's request id), and the calls that carried each id.
 */
public final class TaspenApplications {

    private final ConcurrentHashMap<String, XmlElement> answers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> kinds = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    /** The number of distinct applications registered (each noReferensi once). */
    public int received() {
        return answers.size();
    }

    /** The applications of one kind registered: OTENTIKASI or PERUBAHAN_DATA. */
    public long received(String kind) {
        return kinds.values().stream().filter(kind::equals).count();
    }

    /** Every call that carried this noReferensi, refused ones and repeats included. */
    public int callsFor(String noReferensi) {
        AtomicInteger count = calls.get(noReferensi);
        return count == null ? 0 : count.get();
    }

    Optional<XmlElement> answer(String id) {
        return Optional.ofNullable(answers.get(id));
    }

    void recordCall(String id) {
        calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    }

    int nextSequence() {
        return sequence.incrementAndGet();
    }

    void remember(String id, String kind, XmlElement answer) {
        kinds.put(id, kind);
        answers.put(id, answer);
    }
}

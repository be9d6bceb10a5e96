package id.go.tangerangkota.mpp.hub.sandbox.bpkd;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The asset-use applications BPKD registered, deduplicated on the partner's {@code no_referensi}
 * (the same reference again answers the first answer and registers nothing), and the calls per
 * reference, for tests proving exactly-once delivery.
 */
public final class AssetApplications {

    private final ConcurrentHashMap<String, BpkdXml.Out> answers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    /** Distinct applications registered. */
    public int received() {
        return answers.size();
    }

    /** Every call that carried this reference, refused ones and repeats included. */
    public int callsFor(String reference) {
        AtomicInteger count = calls.get(reference);
        return count == null ? 0 : count.get();
    }

    /** Whether an application with this reference was registered. */
    public boolean registered(String reference) {
        return answers.containsKey(reference);
    }

    /** The first answer of this reference, or {@code register}'s, remembered when it did not throw. */
    synchronized BpkdXml.Out once(String reference, Supplier<BpkdXml.Out> register) {
        calls.computeIfAbsent(reference, k -> new AtomicInteger()).incrementAndGet();
        BpkdXml.Out earlier = answers.get(reference);
        if (earlier != null) {
            return earlier;
        }
        BpkdXml.Out answer = register.get();
        answers.put(reference, answer);
        return answer;
    }

}

package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the calls that reached each service of a simulated agency, whatever their outcome,
 * as an agency meters access (Dukcapil announced a fee per access in 2022).
 *
 * <p>Tests read it to prove a call was, or was not, made: a NIK the hub rejects as invalid must
 * leave {@code calls("CALL_NIK")} unchanged.
 */
public final class CallMeter {

    private final ConcurrentHashMap<String, LongAdder> calls = new ConcurrentHashMap<>();

    /** The calls that reached this service, e.g. {@code CALL_NIK}. */
    public long calls(String service) {
        LongAdder count = calls.get(service);
        return count == null ? 0 : count.sum();
    }

    /** The calls that reached any service. */
    public long total() {
        return calls.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** A copy of the counts per service, sorted by service. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        calls.forEach((service, count) -> copy.put(service, count.sum()));
        return copy;
    }

    void record(String service) {
        calls.computeIfAbsent(service, name -> new LongAdder()).increment();
    }
}

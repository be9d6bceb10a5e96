package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The calls that reached each VClaim service of the sandbox, whatever their outcome (refused ones
 * too), as the provider's access log counts them. Tests read it to prove a call was or was not made.
 */
public final class VclaimCalls {

    private final ConcurrentHashMap<String, LongAdder> calls = new ConcurrentHashMap<>();

    /** Calls of one service, e.g. {@code Peserta/nik}. */
    public long calls(String service) {
        LongAdder count = calls.get(service);
        return count == null ? 0 : count.sum();
    }

    /** A copy of the counts per service, sorted by service. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        calls.forEach((service, count) -> copy.put(service, count.sum()));
        return copy;
    }

    void record(String service) {
        calls.computeIfAbsent(service, s -> new LongAdder()).increment();
    }
}

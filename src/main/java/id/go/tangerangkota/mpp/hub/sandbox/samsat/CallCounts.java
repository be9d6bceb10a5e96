package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Calls counted by key (an operation, an application id, a transaction id), whatever their outcome. */
final class CallCounts {

    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    void record(String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    long count(String key) {
        LongAdder count = counts.get(key);
        return count == null ? 0 : count.sum();
    }

    Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((key, count) -> copy.put(key, count.sum()));
        return copy;
    }
}

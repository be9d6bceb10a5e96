package id.go.tangerangkota.mpp.hub.sandbox.polres;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the Polres gateway received: the applications it registered, deduplicated on
 * {@code nomorReferensiMpp} (the hub's request id), the calls that carried each reference, and the
 * calls that reached each service whatever their outcome (the gateway's access log). Tests read it
 * to prove exactly-once registration ({@link #received()} grows by one per application while
 * {@link #callsFor(String)} shows the repeats) and that a refused precondition sent nothing
 * ({@link #calls()} unchanged).
 */
public final class PolresApplications {

    /** An application registered: its kind and the answer a repeat gets back. */
    record Registered(String kind, Map<String, Object> answer) {
    }

    private final Map<String, Registered> registered = new HashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> callsPerReference = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> callsPerService = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    /** Applications registered (each nomorReferensiMpp once). */
    public synchronized int received() {
        return registered.size();
    }

    /** Applications registered of one kind: {@code SKCK_BARU}, {@code SKCK_PERPANJANGAN}, {@code SIM_PERPANJANGAN}. */
    public synchronized long received(String kind) {
        return registered.values().stream().filter(r -> r.kind().equals(kind)).count();
    }

    /** Whether an application with this nomorReferensiMpp was registered. */
    public synchronized boolean registered(String nomorReferensiMpp) {
        return registered.containsKey(nomorReferensiMpp);
    }

    /** Every call that carried this nomorReferensiMpp, refused ones and repeats included. */
    public int callsFor(String nomorReferensiMpp) {
        AtomicInteger count = callsPerReference.get(nomorReferensiMpp);
        return count == null ? 0 : count.get();
    }

    /** Every call that reached any service, whatever its outcome (key refused, malformed, refused...). */
    public long calls() {
        return callsPerService.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Calls that reached one service path, e.g. {@code /skck/permohonan}. */
    public long calls(String service) {
        LongAdder count = callsPerService.get(service);
        return count == null ? 0 : count.sum();
    }

    void recordServiceCall(String service) {
        callsPerService.computeIfAbsent(service, s -> new LongAdder()).increment();
    }

    void recordCall(String reference) {
        callsPerReference.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
    }

    /** Callers hold this object's lock from the look-up to {@link #remember}. */
    Optional<Registered> earlier(String reference) {
        return Optional.ofNullable(registered.get(reference));
    }

    void remember(String reference, String kind, Map<String, Object> answer) {
        // Insertion order kept: a repeat gets the same JSON, field for field.
        registered.put(reference, new Registered(kind, Collections.unmodifiableMap(new LinkedHashMap<>(answer))));
    }

    int nextSequence() {
        return sequence.incrementAndGet();
    }
}

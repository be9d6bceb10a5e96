package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The applications the sandbox's BPJS Kesehatan registered, deduplicated on noRefMitra, and every
 * receipt per noRefMitra. Tests read it to prove exactly-once delivery: however often the hub
 * redelivers, {@link #registered()} grows by one while {@link #receiptsFor(String)} shows the
 * redeliveries.
 */
public final class MembershipApplications {

    private final ConcurrentHashMap<String, MembershipApplication> byReference = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> receipts = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    /** Distinct applications registered (each noRefMitra once). */
    public int registered() {
        return byReference.size();
    }

    /** Every request that carried this noRefMitra, whatever its outcome (refused and repeated ones too). */
    public int receiptsFor(String noRefMitra) {
        AtomicInteger count = receipts.get(noRefMitra);
        return count == null ? 0 : count.get();
    }

    /** All receipts of all applications. */
    public int receipts() {
        return receipts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** The application registered under a reference; empty when it was refused or never sent. */
    public Optional<MembershipApplication> application(String noRefMitra) {
        return Optional.ofNullable(byReference.get(noRefMitra));
    }

    /** All registered applications, in registration order. */
    public List<MembershipApplication> all() {
        return byReference.values().stream().sorted(Comparator.comparingInt(MembershipApplication::sequence)).toList();
    }

    void recordReceipt(String noRefMitra) {
        receipts.computeIfAbsent(noRefMitra, r -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * Registers an application once: {@code create} (which applies the change) runs only for a
     * reference not seen before, and two concurrent calls with one reference get the one result.
     * A refusal thrown by {@code create} registers nothing.
     */
    MembershipApplication registerOnce(String noRefMitra, IntFunction<MembershipApplication> create) {
        return byReference.computeIfAbsent(noRefMitra, r -> create.apply(sequence.incrementAndGet()));
    }
}

package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What a simulated back end registered under each partner request id (the hub's request id, sent
 * in the agency's own field: {@code id_permintaan}, {@code no_ref}, {@code nomor_referensi}, ...):
 * the first answer, what it was for, and every call that carried the id. A repeat with the same
 * content gets the first answer and registers nothing new; the same id for something else is
 * refused with the agency's own rejection. Some back ends do not compare content: they answer a
 * known id with its first answer whatever the repeat carries ({@link #ignoringContent(UnaryOperator)},
 * {@link #answer(String)}).
 *
 * <p>Tests read it to prove exactly-once delivery: {@link #received()} grows by one per id however
 * often it is sent, while {@link #callsFor(String)} shows the repeats. The other methods are the
 * agency services' side.
 *
 * @param <A> the answer kept per id, in the agency's format (an XML element, a JSON map)
 */
public class RequestLedger<A> {

    private record Entry<A>(String kind, String fingerprint, A answer) {
    }

    private final ConcurrentHashMap<String, Entry<A>> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final Supplier<? extends RuntimeException> reused;
    private final UnaryOperator<A> copy;

    /** A ledger of answers nobody changes after they are kept (XML elements). */
    public RequestLedger(Supplier<? extends RuntimeException> reused) {
        this(reused, UnaryOperator.identity());
    }

    /**
     * A ledger of mutable answers: {@code copy} is applied when an answer is kept and again when it
     * is handed out, so a repeat gets the first answer as it was, whatever the caller did with it.
     *
     * @param reused the agency's refusal of an id used for something else
     */
    public RequestLedger(Supplier<? extends RuntimeException> reused, UnaryOperator<A> copy) {
        this.reused = reused;
        this.copy = copy;
    }

    /**
     * A ledger that does not compare content: a known id gets its first answer, read with
     * {@link #answer(String)}; {@code copy} as in {@link #RequestLedger(Supplier, UnaryOperator)}.
     */
    public static <A> RequestLedger<A> ignoringContent(UnaryOperator<A> copy) {
        return new RequestLedger<>(() -> new IllegalStateException("this ledger does not compare content; use answer(id)"),
                copy);
    }

    /** Distinct ids registered. */
    public int received() {
        return entries.size();
    }

    /** The ids registered for one kind of request, e.g. PEMBAYARAN or POSBAKUM. */
    public long received(String kind) {
        return entries.values().stream().filter(e -> e.kind().equals(kind)).count();
    }

    /** Every call that carried this id, repeats and refusals included. */
    public int callsFor(String id) {
        AtomicInteger count = calls.get(id);
        return count == null ? 0 : count.get();
    }

    /** True when something was registered under this id. */
    public boolean registered(String id) {
        return entries.containsKey(id);
    }

    /** Counts a call that carried this id, before any check. */
    public void recordCall(String id) {
        calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    }

    /** The next number for the agency's own reference numbers, from 1. */
    public int nextSequence() {
        return sequence.incrementAndGet();
    }

    /**
     * The first answer for this id, or empty when the id is new; the agency's refusal when the id
     * was used for another kind or other content.
     */
    public Optional<A> earlier(String id, String kind, String fingerprint) {
        Entry<A> entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.kind().equals(kind) || !entry.fingerprint().equals(fingerprint)) {
            throw reused.get();
        }
        return Optional.of(copy.apply(entry.answer()));
    }

    /** The first answer for this id, whatever a repeat carries; empty when the id is new. */
    public Optional<A> answer(String id) {
        Entry<A> entry = entries.get(id);
        return entry == null ? Optional.empty() : Optional.of(copy.apply(entry.answer()));
    }

    /** Keeps the first answer for this id, in a ledger that does not compare content. */
    public void remember(String id, String kind, A answer) {
        remember(id, kind, "", answer);
    }

    /** Keeps the first answer for this id. */
    public void remember(String id, String kind, String fingerprint, A answer) {
        entries.put(id, new Entry<>(kind, fingerprint, copy.apply(answer)));
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.pln;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The applications PLN's (invented) applications desk received, deduplicated on the partner's
 * request id ({@code idPermohonan}): the same id again gets the first answer and registers
 * nothing. Tests read the counts to prove exactly-once delivery.
 */
public final class PlnApplications {

    /** The first answer given to a request id: HTTP status and JSON body. */
    record Answer(int status, Map<String, Object> body) {
    }

    private final ConcurrentHashMap<String, Answer> answers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger registered = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();

    /** Applications registered (accepted), each request id once. */
    public int registered() {
        return registered.get();
    }

    /** Request ids answered on the merits, accepted or refused. */
    public int answered() {
        return answers.size();
    }

    /** Calls that carried this request id, repeats and refusals included. */
    public int callsFor(String idPermohonan) {
        AtomicInteger count = calls.get(idPermohonan);
        return count == null ? 0 : count.get();
    }

    void recordCall(String idPermohonan) {
        calls.computeIfAbsent(idPermohonan, id -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * The first answer for this id: computed once (with a fresh sequence number for an accepted
     * one), whatever concurrent repeats arrive.
     */
    Answer answerOnce(String idPermohonan, IntFunction<Answer> decide) {
        return answers.computeIfAbsent(idPermohonan, id -> {
            Answer answer = decide.apply(sequence.incrementAndGet());
            if (answer.status() == 200) {
                registered.incrementAndGet();
            }
            return answer;
        });
    }
}

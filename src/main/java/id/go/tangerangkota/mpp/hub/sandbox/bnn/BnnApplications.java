package id.go.tangerangkota.mpp.hub.sandbox.bnn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the gateway registered, deduplicated on {@code idPermohonan} (the hub's request id): a
 * repeat gets the first answer back and registers nothing new. Counts receipts per kind and the
 * calls per id, for tests.
 */
public final class BnnApplications {

    private final Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
    private final Map<String, Integer> received = new ConcurrentHashMap<>();
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();

    /** The stored answer for {@code id}, or registers what {@code register} gives under {@code kind}. */
    synchronized Map<String, Object> once(String id, String kind, Supplier<Map<String, Object>> register) {
        calls.merge(id, 1, Integer::sum);
        Map<String, Object> earlier = answers.get(id);
        if (earlier != null) {
            return earlier;
        }
        Map<String, Object> answer = register.get();
        answers.put(id, answer);
        received.merge(kind, 1, Integer::sum);
        return answer;
    }

    /** Applications registered of one kind ({@code SKHPN}, {@code P4GN}). */
    public int received(String kind) {
        return received.getOrDefault(kind, 0);
    }

    /** Calls received with this idPermohonan, repeats included. */
    public int callsFor(String id) {
        return calls.getOrDefault(id, 0);
    }
}

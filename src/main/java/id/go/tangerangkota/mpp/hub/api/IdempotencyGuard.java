package id.go.tangerangkota.mpp.hub.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.go.tangerangkota.mpp.hub.request.IdempotencyStore;
import id.go.tangerangkota.mpp.hub.security.NikHasher;

/**
 * The counter API's side of {@code Idempotency-Key}: the same key with the same request gets the
 * first answer again and changes nothing; the same key with another request is a 409.
 */
public class IdempotencyGuard {

    /** Header clients send the key in. */
    public static final String HEADER = "Idempotency-Key";

    private final IdempotencyStore store;

    public IdempotencyGuard(IdempotencyStore store) {
        this.store = store;
    }

    /** Checks the header's form; null when absent. */
    public static String keyOf(String header) {
        if (header == null) {
            return null;
        }
        if (header.isEmpty() || header.length() > 200 || !header.chars().allMatch(c -> c > 32 && c < 127)) {
            throw HubProblem.invalidField(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        return header;
    }

    /** The body in one canonical form: keys sorted at every level, no whitespace. */
    public static String canonical(com.fasterxml.jackson.databind.JsonNode body) {
        try {
            Object tree = SORTED.treeToValue(body, Object.class);
            return SORTED.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a parsed body always serialises", e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper SORTED =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /**
     * Digest identifying "the same request": target and body, ignoring JSON formatting and key order.
     * Keyed (HMAC, the NIK-hash key): a plain SHA-256 of a body that differs only in its NIK could be
     * reversed by trying every possible NIK, and the digest is stored beside the answer.
     */
    public static String requestHash(NikHasher keyed, String agency, String service, String canonicalBody) {
        return keyed.hash(agency + "\n" + service + "\n" + canonicalBody);
    }

    /**
     * Claims the key for this call, or returns the answer to replay.
     *
     * @throws HubProblem 409 when the key was used for another request or is still in progress
     */
    public Optional<IdempotencyStore.Record> claimOrReplay(ServiceCall call) {
        Optional<IdempotencyStore.Record> existing =
                store.claim(call.clientId(), call.idempotencyKey(), call.requestHash());
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        IdempotencyStore.Record record = existing.get();
        if (!record.requestHash().equals(call.requestHash())) {
            throw new HubProblem(ProblemType.IDEMPOTENCY_CONFLICT,
                    "This Idempotency-Key was already used for a different request; use a new key for a new request",
                    List.of(new FieldError(HEADER, "already used for a different request")), null, Map.of());
        }
        if (record.inProgress()) {
            throw new HubProblem(ProblemType.IDEMPOTENCY_IN_PROGRESS,
                    "The first request with this Idempotency-Key is still being processed; retry shortly",
                    List.of(), 2, Map.of());
        }
        return existing;
    }

    public void remember(ServiceCall call, int status, String location, String body) {
        if (call.idempotencyKey() != null) {
            store.remember(call.clientId(), call.idempotencyKey(), status, location, body);
        }
    }

    /** Forgets the key's remembered answer: the request it answered was not submitted after all. */
    public void forget(ServiceCall call) {
        if (call.idempotencyKey() != null) {
            store.forget(call.clientId(), call.idempotencyKey());
        }
    }

    public void release(ServiceCall call) {
        if (call != null && call.idempotencyKey() != null) {
            store.release(call.clientId(), call.idempotencyKey());
        }
    }
}

package id.go.tangerangkota.mpp.hub.api;

/**
 * The stable problem types (RFC 9457 {@code type} URIs) a client of the hub can receive. Clients
 * switch on the URI, never on the human text, so a URI never changes meaning once published.
 */
public enum ProblemType {
    VALIDATION(400, "validation", "Invalid request"),
    MALFORMED_JSON(400, "malformed-json", "Request body is not valid JSON"),
    UNAUTHENTICATED(401, "unauthenticated", "Missing or invalid API key"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "No such resource"),
    UNKNOWN_AGENCY(404, "unknown-agency", "Unknown agency"),
    UNKNOWN_SERVICE(404, "unknown-service", "Unknown service"),
    AGENCY_NOT_FOUND(404, "agency-data-not-found", "The agency has no such record"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    IDEMPOTENCY_CONFLICT(409, "idempotency-key-reused", "Idempotency-Key already used with another request"),
    IDEMPOTENCY_IN_PROGRESS(409, "idempotency-key-in-progress", "A request with this Idempotency-Key is still being processed"),
    CONFLICT(409, "conflict", "Conflicts with what exists"),
    ALREADY_PAID(409, "already-paid", "The bill is already paid"),
    PAYMENT_IN_PROGRESS(409, "payment-in-progress", "A payment of this bill is in progress"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported content type"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    AGENCY_REJECTED(422, "agency-rejected", "The agency rejected the request"),
    AMOUNT_MISMATCH(422, "amount-mismatch", "The amount differs from the bill"),
    PRECONDITION_NOT_MET(422, "precondition-not-met", "A requirement of the service is not met"),
    CONNECTOR_RELOAD_REFUSED(422, "connector-reload-refused", "The connector's new files are broken"),
    INTERNAL(500, "internal", "Internal error"),
    DATA_KEY_MISSING(500, "data-key-missing", "Stored data cannot be decrypted: its data key is not configured"),
    AGENCY_ERROR(502, "agency-error", "The agency's system answered with an error"),
    PAYMENT_REVERSED(502, "payment-reversed", "The payment did not go through and was reversed"),
    CONNECTOR_NOT_ENABLED(503, "connector-not-enabled", "Connector not yet enabled"),
    CONNECTOR_INVALID(503, "connector-invalid", "Connector disabled by a configuration error"),
    AGENCY_UNAVAILABLE(503, "agency-unavailable", "The agency's system cannot be reached"),
    SERVICE_MODE_NOT_AVAILABLE(503, "service-mode-not-available", "This kind of service is not available yet"),
    STORAGE_UNAVAILABLE(503, "storage-unavailable", "The hub's storage is unavailable"),
    HUB_UNAVAILABLE(503, "hub-unavailable", "The hub is not ready to serve this request");

    /** Base of every problem type URI. */
    public static final String BASE = "https://hub.mpp.tangerangkota.go.id/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    /** The generic type for an HTTP status the hub did not produce itself (e.g. a 404 route). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> HUB_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : VALIDATION;
        };
    }
}

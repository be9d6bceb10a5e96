package id.go.tangerangkota.mpp.hub.connector;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A connector descriptor ({@code connectors/<slug>/connector.yaml}) as read, after it passed
 * {@code connector.schema.json}. Property references (${...}) are still unresolved here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConnectorDescriptor(
        String id,
        String name,
        String shortName,
        Owner owner,
        boolean enabled,
        String disabledReason,
        String protocol,
        String endpoint,
        Auth auth,
        Tls tls,
        Resilience resilience,
        Delivery delivery,
        JsonNode hours,
        List<Service> services,
        List<Operation> operations) {

    /** Internal operations, never null. */
    public List<Operation> operationsOrEmpty() {
        return operations == null ? List.of() : operations;
    }

    /** Who answers for the connector. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Owner(String team, String email, String phone) {
    }

    /** Authentication scheme and the references of its secrets. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Auth(String scheme, Map<String, String> secrets) {
        public Map<String, String> secretsOrEmpty() {
            return secrets == null ? Map.of() : secrets;
        }
    }

    /**
     * Mutual TLS and CA pinning towards the agency (see {@code tls} in the schema): the client key the
     * hub presents, the certificates the agency's server must chain to, the TLS versions offered.
     * Paths and passwords are still ${...} references here.
     *
     * @param alias     which key entry of the keystore to present, or null for its only one
     * @param protocols TLS versions by preference, or null for {@link #DEFAULT_PROTOCOLS}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tls(Store keystore, String alias, Store truststore, List<String> protocols) {
        /** TLS 1.3, then 1.2; never older. */
        public static final List<String> DEFAULT_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

        public List<String> protocolsOrDefault() {
            return protocols == null || protocols.isEmpty() ? DEFAULT_PROTOCOLS : protocols;
        }
    }

    /** A key or trust store: references to its file path and password, and its type (PKCS12 unless said). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Store(String path, String password, String type) {
        public String typeOrDefault() {
            return type == null ? "PKCS12" : type;
        }
    }

    /**
     * How the hub protects itself and the agency: the time limit of one call, the circuit breaker,
     * the bulkhead and the retries of inquiries. Each part is optional; the schema's defaults apply.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Resilience(Integer timeoutMs, CircuitBreaker circuitBreaker, Bulkhead bulkhead, Retry retry) {
        /** The time limit of a call when the descriptor names none (the schema's default too). */
        public static final int DEFAULT_TIMEOUT_MS = 5000;
        /** All defaults, for a descriptor without a resilience block. */
        public static final Resilience DEFAULTS = new Resilience(null, null, null, null);

        public int timeoutOrDefault() {
            return timeoutMs == null ? DEFAULT_TIMEOUT_MS : timeoutMs;
        }

        public CircuitBreaker circuitBreakerOrDefault() {
            return (circuitBreaker == null ? new CircuitBreaker(null, null, null, null, null) : circuitBreaker)
                    .withDefaults();
        }

        public Bulkhead bulkheadOrDefault() {
            return bulkhead == null || bulkhead.maxConcurrentCalls() == null ? new Bulkhead(32) : bulkhead;
        }

        public Retry retryOrDefault() {
            return (retry == null ? new Retry(null, null) : retry).withDefaults();
        }
    }

    /** When the circuit of an agency opens, and for how long (the schema documents each field). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CircuitBreaker(Integer failureRateThreshold, Integer slowCallDurationMs,
            Integer slowCallRateThreshold, Integer minimumCalls, Integer waitInOpenMs) {
        CircuitBreaker withDefaults() {
            return new CircuitBreaker(or(failureRateThreshold, 50), or(slowCallDurationMs, 3000),
                    or(slowCallRateThreshold, 80), or(minimumCalls, 10), or(waitInOpenMs, 30_000));
        }
    }

    /** Most calls in flight to one agency at once. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bulkhead(Integer maxConcurrentCalls) {
    }

    /** Retries of inquiries (never of applications or payments). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Retry(Integer maxAttempts, Integer backoffMs) {
        Retry withDefaults() {
            return new Retry(or(maxAttempts, 2), or(backoffMs, 200));
        }
    }

    private static Integer or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    /** Redelivery of queued applications. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Delivery(Integer maxAttempts, Long redeliveryDelayMs, Long maxRedeliveryDelayMs, Integer concurrency) {
        /** About 3 hours of redelivery: doubling from 1 s, then every 5 minutes. */
        public static final Delivery DEFAULTS = new Delivery(40, 1000L, 300_000L, 4);

        public Delivery withDefaults() {
            return new Delivery(
                    maxAttempts == null ? DEFAULTS.maxAttempts : maxAttempts,
                    redeliveryDelayMs == null ? DEFAULTS.redeliveryDelayMs : redeliveryDelayMs,
                    maxRedeliveryDelayMs == null ? DEFAULTS.maxRedeliveryDelayMs : maxRedeliveryDelayMs,
                    concurrency == null ? DEFAULTS.concurrency : concurrency);
        }
    }

    /** One service of the agency. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Service(
            String id,
            String name,
            String description,
            String mode,
            JsonNode sla,
            List<String> requirements,
            JsonNode fee,
            String validity,
            Call call,
            Mapping mapping,
            String result,
            JsonNode input,
            JsonNode example,
            Payment payment,
            List<Precondition> preconditions) {

        /** Preconditions, never null. */
        public List<Precondition> preconditionsOrEmpty() {
            return preconditions == null ? List.of() : preconditions;
        }

        public ServiceMode serviceMode() {
            return ServiceMode.fromWire(mode);
        }
    }

    /**
     * A check through another connector before a call is accepted (see {@code preconditions}).
     *
     * @param data    data sent to the checked service, with {citizen.x}, {data.x} and {today} placeholders
     * @param require the result field and the value it must have
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Precondition(String agency, String service, Map<String, String> data,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Requirement> require,
            String refusal) {
    }

    /**
     * A field of a canonical result and the value it must equal; a textual value may hold
     * {@code {data.x}}-style placeholders filled from the counter's call.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Requirement(String field, JsonNode equals) {
    }

    /**
     * How a payment-mode service pays (see {@code payment} in the schema).
     *
     * @param settlement the biller's account at the bank, with {bill.x}/{data.x} placeholders; null when
     *                   the bill is the bank's own virtual account
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(String bill, Bank bank, Map<String, String> settlement, String confirm, String reversal,
            String billKey) {

        /** The placeholder naming the bill, {@code {bill.customerId}} unless the descriptor says otherwise. */
        public String billKeyOrDefault() {
            return billKey == null ? "{bill.customerId}" : billKey;
        }
    }

    /** The bank a payment goes through, and its payment and status calls. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bank(String connector, String pay, String status) {
    }

    /** An internal back-end call (see {@code operations} in the schema). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Operation(String id, String description, Call call, Mapping mapping, String result) {
    }

    /**
     * The back-end request of a service or operation.
     *
     * @param protocol overrides the connector's protocol for this call, or null
     * @param endpoint overrides the connector's endpoint reference for this call, or null
     * @param headers  HTTP headers with envelope placeholders, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Call(String method, String path, String operation, String protocol, String endpoint,
            Map<String, String> headers) {

        public String protocolOr(String connectorProtocol) {
            return protocol == null ? connectorProtocol : protocol;
        }
    }

    /** The mapping files of a service, relative to {@code mappings/}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mapping(String request, String response) {
    }
}

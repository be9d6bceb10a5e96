package id.go.tangerangkota.mpp.hub.connector;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a service is answered: see DESIGN.md, "Service modes". */
public enum ServiceMode {
    /** A synchronous look-up, answered in the same HTTP call. */
    INQUIRY,
    /** Queued, tracked with an SLA clock, answered by status and events. */
    APPLICATION,
    /** Synchronous and exactly-once. */
    PAYMENT;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }

    public static ServiceMode fromWire(String value) {
        return valueOf(value.toUpperCase());
    }
}

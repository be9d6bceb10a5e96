package id.go.tangerangkota.mpp.hub.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an agency answered, as the connector's response mapping classified it. Every response
 * mapping produces {@code {"outcome": ..., "result"?: {...}, "agencyReference"?: "...",
 * "reason"?: "..."}}; the outcome decides what the hub does, so agency error codes are interpreted in
 * the mapping, not in Java.
 *
 * @param kind            the classification
 * @param result          the canonical result (OK only)
 * @param agencyReference the agency's own id of what it registered (applications)
 * @param reason          the agency's words when it said no or failed
 * @param code            optional machine-readable hub code the flows act on, whatever the agency's
 *                        wording: {@code ALREADY_PAID}, {@code AMOUNT_MISMATCH},
 *                        {@code DUPLICATE_EXTERNAL_ID}
 */
public record AgencyOutcome(Kind kind, JsonNode result, String agencyReference, String reason, String code) {

    public static final String ALREADY_PAID = "ALREADY_PAID";
    public static final String AMOUNT_MISMATCH = "AMOUNT_MISMATCH";
    public static final String DUPLICATE_EXTERNAL_ID = "DUPLICATE_EXTERNAL_ID";

    public boolean hasCode(String expected) {
        return expected.equals(code);
    }

    /** The classifications a response mapping may give. */
    public enum Kind {
        /** The agency did what was asked. */
        OK,
        /** The agency has no such record (citizen, bill, vehicle...). */
        NOT_FOUND,
        /** The agency refused on the merits (invalid data, not eligible); never retried. */
        REJECTED,
        /** The agency refused the hub's credentials, signature or address: the connector is misconfigured. */
        AUTH_FAILED,
        /** The agency failed or answered something the mapping does not understand. */
        AGENCY_ERROR
    }
}

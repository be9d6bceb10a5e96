package id.go.tangerangkota.mpp.hub.request;

import java.time.OffsetDateTime;

/**
 * A tracked request as stored.
 *
 * @param payload the request as received ({@code {"citizen":..., "data":...}}), JSON, decrypted; null
 *                when read by a list or tracking look-up, which never decrypt
 * @param result  the agency's answer in the canonical model, JSON, when COMPLETED, decrypted; null
 *                as the payload
 * @param reason  why it was REJECTED or FAILED, in words for the counter clerk
 */
public record ServiceRequest(
        String id,
        String trackingCode,
        String agency,
        String service,
        String mode,
        RequestStatus status,
        String nikHash,
        String nikMasked,
        String clientId,
        String site,
        String payload,
        String result,
        String agencyReference,
        String reason,
        int attempts,
        OffsetDateTime slaDueAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    @Override
    public String toString() {
        // The payload holds personal data: keep it out of any accidental log line.
        return "ServiceRequest[" + id + ", " + agency + "/" + service + ", " + status + "]";
    }
}

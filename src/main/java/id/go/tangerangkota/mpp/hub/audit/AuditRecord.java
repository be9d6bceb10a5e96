package id.go.tangerangkota.mpp.hub.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import id.go.tangerangkota.mpp.hub.tracing.NikMasking;

/**
 * What one audit entry says, before it is chained: every column but seq, prev_hash and hash.
 * The constructor makes the values storable and hashable as stored: the time is cut to
 * milliseconds (what both databases keep exactly), texts are cut to their column's size, and any
 * NIK in a free text is masked.
 */
public record AuditRecord(Instant at, AuditKind kind, String clientId, String site, String role, String operation,
        String method, String path, String agency, String service, String requestId, String traceId,
        Integer status, String outcome, String requestDigest, String responseDigest) {

    public AuditRecord {
        if (at == null || kind == null) {
            throw new IllegalArgumentException("an audit record needs a time and a kind");
        }
        at = at.truncatedTo(ChronoUnit.MILLIS);
        clientId = clip(clientId, 80);
        site = clip(site, 80);
        role = clip(role, 16);
        operation = clip(operation, 120);
        method = clip(method, 10);
        path = clip(NikMasking.mask(path), 300);
        agency = clip(NikMasking.mask(agency), 60);
        service = clip(NikMasking.mask(service), 60);
        requestId = clip(requestId, 64);
        traceId = clip(traceId, 32);
        outcome = clip(NikMasking.mask(outcome), 200);
        requestDigest = clip(requestDigest, 64);
        responseDigest = clip(responseDigest, 64);
    }

    private static String clip(String value, int max) {
        if (value == null || value.isEmpty()) {
            // Empty and absent are one thing in the trail (e.g. a client without a site).
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}

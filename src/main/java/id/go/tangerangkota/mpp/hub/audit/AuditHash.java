package id.go.tangerangkota.mpp.hub.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The hash of an audit entry, defined so an auditor can recompute it without the hub's code:
 *
 * <pre>
 * hash = lowercase hex of SHA-256 over the UTF-8 bytes of
 *   "mpp-audit-v1\n"
 *   then, for each field in this order:
 *     seq, at, kind, client_id, site, role, operation, method, path, agency, service,
 *     request_id, trace_id, status, outcome, request_digest, response_digest, prev_hash
 *   the line  name "=" "~" "\n"                      when the column is NULL
 *        or   name "=" length ":" value "\n"          otherwise,
 *   where length is the number of UTF-8 bytes of value, in decimal, and value is
 *     seq, status:  decimal, no sign or leading zeros
 *     at:           milliseconds since 1970-01-01T00:00:00Z, decimal
 *     all others:   the column's text as stored
 * </pre>
 *
 * The length prefix makes the encoding unambiguous whatever a value contains (newlines, '='). The
 * first entry's prev_hash is {@link #GENESIS}, 64 zeros.
 */
public final class AuditHash {

    /** The prev_hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] PREFIX = "mpp-audit-v1\n".getBytes(StandardCharsets.UTF_8);

    private AuditHash() {
    }

    public static String of(long seq, AuditRecord r, String prevHash) {
        return Digests.sha256Hex(canonical(seq, r, prevHash));
    }

    /** The bytes the hash is computed over. */
    public static byte[] canonical(long seq, AuditRecord r, String prevHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        out.writeBytes(PREFIX);
        field(out, "seq", Long.toString(seq));
        field(out, "at", Long.toString(r.at().toEpochMilli()));
        field(out, "kind", r.kind().name());
        field(out, "client_id", r.clientId());
        field(out, "site", r.site());
        field(out, "role", r.role());
        field(out, "operation", r.operation());
        field(out, "method", r.method());
        field(out, "path", r.path());
        field(out, "agency", r.agency());
        field(out, "service", r.service());
        field(out, "request_id", r.requestId());
        field(out, "trace_id", r.traceId());
        field(out, "status", r.status() == null ? null : Integer.toString(r.status()));
        field(out, "outcome", r.outcome());
        field(out, "request_digest", r.requestDigest());
        field(out, "response_digest", r.responseDigest());
        field(out, "prev_hash", prevHash);
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String name, String value) {
        out.writeBytes(name.getBytes(StandardCharsets.UTF_8));
        out.write('=');
        if (value == null) {
            out.write('~');
        } else {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
            out.write(':');
            out.writeBytes(bytes);
        }
        out.write('\n');
    }
}

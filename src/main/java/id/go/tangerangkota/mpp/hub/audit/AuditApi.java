package id.go.tangerangkota.mpp.hub.audit;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.api.JsonAnswer;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * The audit trail's admin operations (integrator and admin keys): {@code GET /admin/audit/verify}
 * walks the chain; {@code GET /admin/audit} lists entries a page at a time.
 */
public class AuditApi {

    static final int MAX_LIMIT = 1000;
    private static final int DEFAULT_LIMIT = 100;

    private final AuditStore store;
    private final AuditVerifier verifier;
    private final ObjectMapper json;

    public AuditApi(AuditStore store, AuditVerifier verifier, ObjectMapper json) {
        this.store = store;
        this.verifier = verifier;
        this.json = json;
    }

    /** {@code GET /admin/audit/verify}. */
    public void verify(Exchange exchange) {
        AuditVerifier.Verification v = verifier.verify();
        ObjectNode body = json.createObjectNode();
        body.put("valid", v.valid());
        body.put("entries", v.entries());
        if (v.firstBroken() == null) {
            body.putNull("firstBroken");
        } else {
            ObjectNode broken = body.putObject("firstBroken");
            broken.put("seq", v.firstBroken().seq());
            broken.put("at", v.firstBroken().at() == null ? null : v.firstBroken().at().toString());
            broken.put("reason", v.firstBroken().reason());
        }
        body.put("lastSeq", v.lastSeq());
        body.put("lastHash", v.lastHash());
        JsonAnswer.write(exchange, 200, body.toString());
    }

    /** {@code GET /admin/audit?from=&limit=}: entries from seq {@code from} (default 1), at most {@code limit}. */
    public void list(Exchange exchange, @Header("from") Object from, @Header("limit") Object limit) {
        long first = number(from, "from", 1, 1, Long.MAX_VALUE);
        int max = (int) number(limit, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        List<AuditEntry> page = store.page(first, max);
        ObjectNode body = json.createObjectNode();
        ArrayNode entries = body.putArray("entries");
        for (AuditEntry e : page) {
            AuditRecord r = e.record();
            ObjectNode item = entries.addObject();
            item.put("seq", e.seq());
            item.put("at", r.at().toString());
            item.put("kind", r.kind().name());
            item.put("clientId", r.clientId());
            item.put("site", r.site());
            item.put("role", r.role());
            item.put("operation", r.operation());
            item.put("method", r.method());
            item.put("path", r.path());
            item.put("agency", r.agency());
            item.put("service", r.service());
            item.put("requestId", r.requestId());
            item.put("traceId", r.traceId());
            item.put("status", r.status());
            item.put("outcome", r.outcome());
            item.put("requestDigest", r.requestDigest());
            item.put("responseDigest", r.responseDigest());
            item.put("prevHash", e.prevHash());
            item.put("hash", e.hash());
        }
        body.put("count", page.size());
        if (page.size() == max) {
            body.put("next", page.get(page.size() - 1).seq() + 1);
        } else {
            body.putNull("next");
        }
        JsonAnswer.write(exchange, 200, body.toString());
    }

    private static long number(Object value, String field, long fallback, long min, long max) {
        if (value instanceof Collection<?>) {
            throw HubProblem.invalidField(field, "given more than once; send it once");
        }
        if (value == null) { // an empty "from=" is malformed, not the default
            return fallback;
        }
        try {
            long n = Long.parseLong(value.toString());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw HubProblem.invalidField(field, "must be a whole number from " + min + " to " + max);
    }
}

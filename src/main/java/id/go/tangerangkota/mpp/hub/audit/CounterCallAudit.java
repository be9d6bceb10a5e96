package id.go.tangerangkota.mpp.hub.audit;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the audit collects about one API call while it runs: who called (set once the API key is
 * checked), which operation, the digest of the request body as it is read, and the response as it
 * is written. Kept as a request attribute, so every dispatch of the call (the first, the async one
 * that ends it, an error page) finds it.
 */
final class CounterCallAudit {

    static final String ATTRIBUTE = CounterCallAudit.class.getName();

    final String method;
    final String path;
    final ApiOperations.Match operation;
    final String requestId;
    final String traceId;
    private final MessageDigest requestDigest = Digests.sha256();
    private long requestBytes;
    private final AtomicBoolean finished = new AtomicBoolean();
    volatile String clientId;
    volatile String role;
    volatile String site;
    volatile AuditedResponse response;

    CounterCallAudit(String method, String path, ApiOperations.Match operation, String requestId, String traceId) {
        this.method = method;
        this.path = path;
        this.operation = operation;
        this.requestId = requestId;
        this.traceId = traceId;
    }

    /** Bytes of the request body as the hub reads them. */
    synchronized void read(byte[] bytes, int offset, int length) {
        requestDigest.update(bytes, offset, length);
        requestBytes += length;
    }

    synchronized void read(int b) {
        requestDigest.update((byte) b);
        requestBytes++;
    }

    /** True the first time only: the entry is written once, whichever dispatch ends the call. */
    boolean finish() {
        return finished.compareAndSet(false, true);
    }

    boolean finished() {
        return finished.get();
    }

    AuditRecord record(Instant at, int status, String responseDigest, String outcome) {
        String requestHex;
        synchronized (this) {
            requestHex = requestBytes == 0 ? null : Digests.hex(requestDigest.digest());
        }
        // An unknown path is kept masked (NIKs) and cut, as a trace of probing; a known one as its template.
        String template = operation == null ? path : operation.template();
        return new AuditRecord(at, AuditKind.COUNTER_CALL, clientId, site, role,
                operation == null ? null : operation.operationId(), method, template,
                operation == null ? null : operation.agency(), operation == null ? null : operation.service(),
                requestId, traceId, status, outcome, requestHex, responseDigest);
    }
}

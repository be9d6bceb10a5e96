package id.go.tangerangkota.mpp.hub.audit;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.api.HttpCall;
import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.api.ProblemResponses;
import id.go.tangerangkota.mpp.hub.api.ProblemType;
import id.go.tangerangkota.mpp.hub.tracing.TraceIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends one API call's audit: appends its entry, waits until it is durable, and only then lets the
 * held answer go to the client. When the entry cannot be stored the answer is replaced by the hub's
 * 503 storage problem: no answered call is missing from the trail.
 */
final class CounterCallRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(CounterCallRecorder.class);

    private final AuditWriter writer;
    private final Clock clock;

    CounterCallRecorder(AuditWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    /** The answer is complete (no async processing or error page to come): audit it, then send it. */
    void finish(HttpServletRequest request, CounterCallAudit call) throws IOException {
        if (!call.finish()) {
            return;
        }
        AuditedResponse response = call.response;
        AuditRecord record = call.record(clock.instant(), response.getStatus(), response.bodyDigest(),
                response.streaming() ? "streamed" : null);
        try {
            writer.appendAndWait(record);
        } catch (AuditUnavailableException e) {
            LOG.error("Refusing to answer {} {} unaudited: {}", call.method, record.path(), e.getMessage());
            if (!response.streaming() && !response.isCommitted()) {
                response.discard();
                restoreIds(request, (HttpServletResponse) response.getResponse());
                ProblemResponses.write(request, (HttpServletResponse) response.getResponse(), new HubProblem(ProblemType.STORAGE_UNAVAILABLE,
                        "The hub's audit trail cannot be written; the call's result was not sent. Retry shortly.",
                        List.of(), 10, Map.of()));
            }
            return;
        }
        response.release();
    }

    /**
     * The call ended without any dispatch finishing its entry (the client went away, the container
     * gave up): the entry is still appended, without waiting, with what was read and written.
     */
    void finishLate(CounterCallAudit call) {
        if (!call.finish()) {
            return;
        }
        AuditedResponse response = call.response;
        writer.append(call.record(clock.instant(), response.getStatus(), response.bodyDigest(), "incomplete"))
                .exceptionally(e -> {
                    LOG.error("Could not audit the end of {} {}: {}", call.method, call.path, e.getMessage());
                    return null;
                });
    }

    private static void restoreIds(HttpServletRequest request, HttpServletResponse response) {
        Object requestId = request.getAttribute(HttpCall.REQUEST_ID_HEADER);
        if (requestId != null) {
            response.setHeader(HttpCall.REQUEST_ID_HEADER, requestId.toString());
        }
        Object traceId = request.getAttribute(TraceIds.REQUEST_ATTRIBUTE);
        if (traceId != null) {
            response.setHeader(TraceIds.RESPONSE_HEADER, traceId.toString());
        }
    }
}

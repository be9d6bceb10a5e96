package id.go.tangerangkota.mpp.hub.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C trace context of the work at hand, as the HTTP edge hands it on: a trace id for the
 * client ({@code X-Trace-Id}, a problem's {@code traceId}) and a {@code traceparent} header for
 * Camel, whose platform-http consumer takes its parent span from the request's headers.
 */
public final class TraceIds {

    /** Response header with the trace id of the call (32 lowercase hex digits). */
    public static final String RESPONSE_HEADER = "X-Trace-Id";
    /** The W3C trace context header. */
    public static final String TRACEPARENT = "traceparent";
    /** Request attribute holding the call's trace id, for answers given after the span's scope closed. */
    public static final String REQUEST_ATTRIBUTE = TraceIds.class.getName() + ".traceId";
    /** Request attribute holding the call's {@code traceparent}, for the same reason. */
    public static final String TRACEPARENT_ATTRIBUTE = TraceIds.class.getName() + ".traceparent";

    private static final TextMapGetter<String> HEADER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return java.util.List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private TraceIds() {
    }

    /** The trace id of the span current on this thread, or null when there is none. */
    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }

    /** A span's context as a {@code traceparent} header value (version 00). */
    public static String traceparent(SpanContext context) {
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /**
     * The context a {@code traceparent} value names, as the (remote) parent of what follows; the
     * root context when the value is missing or malformed.
     */
    public static Context fromTraceparent(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent.trim(), HEADER);
    }
}

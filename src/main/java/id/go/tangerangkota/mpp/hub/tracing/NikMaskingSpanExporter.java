package id.go.tangerangkota.mpp.hub.tracing;

import java.util.Collection;
import java.util.List;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.DelegatingSpanData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Wraps the span exporter so no exported span carries a whole NIK, in its name or any text
 * attribute. Camel's OpenTelemetry spans set {@code http.url} and {@code url.full} from the request
 * itself, outside Micrometer's observations, so {@link NikMaskingObservationFilter} alone does not
 * reach them; this catches every span on its way out of the process.
 */
public final class NikMaskingSpanExporter implements SpanExporter {

    private final SpanExporter delegate;

    public NikMaskingSpanExporter(SpanExporter delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return delegate.export(spans.stream().map(NikMaskingSpanExporter::masked).toList());
    }

    static SpanData masked(SpanData span) {
        String name = NikMasking.mask(span.getName());
        Attributes attributes = masked(span.getAttributes());
        if (name.equals(span.getName()) && attributes == span.getAttributes()) {
            return span;
        }
        return new DelegatingSpanData(span) {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Attributes getAttributes() {
                return attributes;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static Attributes masked(Attributes attributes) {
        boolean changed = false;
        AttributesBuilder builder = Attributes.builder();
        for (var entry : attributes.asMap().entrySet()) {
            AttributeKey<Object> key = (AttributeKey<Object>) entry.getKey();
            Object value = entry.getValue();
            if (value instanceof String text) {
                String masked = NikMasking.mask(text);
                changed |= !masked.equals(text);
                builder.put((AttributeKey<String>) entry.getKey(), masked);
            } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
                List<String> masked = ((List<String>) list).stream().map(NikMasking::mask).toList();
                changed |= !masked.equals(list);
                builder.put((AttributeKey<List<String>>) entry.getKey(), masked);
            } else {
                builder.put(key, value);
            }
        }
        return changed ? builder.build() : attributes;
    }

    @Override
    public CompletableResultCode flush() {
        return delegate.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return delegate.shutdown();
    }

    @Override
    public String toString() {
        return "NikMaskingSpanExporter[" + delegate + "]";
    }
}

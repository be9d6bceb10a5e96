package id.go.tangerangkota.mpp.hub.tracing;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;

/**
 * Masks NIKs in every tag of every observation before it becomes a span or a metric: a request path
 * can carry one ({@code /api/v1/citizens/{nik}/access-log}), and Spring's HTTP server observation
 * puts the whole path in the span's {@code http.url}.
 */
public final class NikMaskingObservationFilter implements ObservationFilter {

    @Override
    public Observation.Context map(Observation.Context context) {
        for (KeyValue kv : context.getLowCardinalityKeyValues()) {
            String masked = NikMasking.mask(kv.getValue());
            if (!masked.equals(kv.getValue())) {
                context.addLowCardinalityKeyValue(KeyValue.of(kv.getKey(), masked));
            }
        }
        for (KeyValue kv : context.getHighCardinalityKeyValues()) {
            String masked = NikMasking.mask(kv.getValue());
            if (!masked.equals(kv.getValue())) {
                context.addHighCardinalityKeyValue(KeyValue.of(kv.getKey(), masked));
            }
        }
        if (context.getContextualName() != null) {
            context.setContextualName(NikMasking.mask(context.getContextualName()));
        }
        return context;
    }
}

package id.go.tangerangkota.mpp.hub.tracing;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks NIKs in JSON log lines (Spring Boot's structured logging, {@code logging.structured.json.customizer}):
 * every string value of the line, the message and the stack trace included, goes through
 * {@link NikMasking}, as the text format's converters do.
 */
public class NikMaskingJsonCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(Members<Object> members) {
        members.applyingValueProcessor(ValueProcessor.of(String.class, NikMasking::mask));
    }
}

package id.go.tangerangkota.mpp.hub.tracing;

import java.nio.charset.Charset;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * The console's encoder: JSON lines (Spring Boot's structured logging) when
 * {@code logging.structured.format.console} names a format ({@code ecs}, {@code logstash},
 * {@code gelf}, e.g. by LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs or the {@code json-logs} profile),
 * the text pattern otherwise. One encoder that picks at start-up, because logback-spring.xml
 * (needed for the NIK-masking converters) can switch on profiles but not on a property's value.
 */
public class ConsoleEncoder extends EncoderBase<ILoggingEvent> {

    private String format;
    private String pattern;
    private Charset charset;
    private Encoder<ILoggingEvent> delegate;

    /** The structured format's name; blank for text lines. */
    public void setFormat(String format) {
        this.format = format;
    }

    /** The text lines' pattern. */
    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public void setCharset(Charset charset) {
        this.charset = charset;
    }

    /** True when lines are written as JSON. */
    public boolean isStructured() {
        return format != null && !format.isBlank();
    }

    @Override
    public void start() {
        if (isStructured()) {
            StructuredLogEncoder json = new StructuredLogEncoder();
            json.setFormat(format.trim());
            json.setCharset(charset);
            delegate = json;
        } else {
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setPattern(pattern);
            text.setCharset(charset);
            delegate = text;
        }
        delegate.setContext(getContext());
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}

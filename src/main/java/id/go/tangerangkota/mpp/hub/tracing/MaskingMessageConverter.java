package id.go.tangerangkota.mpp.hub.tracing;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %m}/{@code %msg}/{@code %message} with every NIK masked: a NIK that reaches a
 * log call whole, in the message or one of its arguments, is printed as {@code 3671********0001}
 * (registered in logback-spring.xml).
 */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return NikMasking.mask(super.convert(event));
    }
}

package id.go.tangerangkota.mpp.hub.tracing;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.slf4j.helpers.MessageFormatter;

/**
 * Logback's {@code %m}/{@code %msg}/{@code %message} with every NIK masked: a NIK that reaches a
 * log call whole, in the message or one of its arguments, is printed as {@code 3671********0001}
 * (registered in logback-spring.xml). Arguments are printed with their line breaks and control
 * characters escaped ({@link LogArguments}): they carry what callers and agencies sent.
 */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        Object[] arguments = event.getArgumentArray();
        String message = arguments == null || arguments.length == 0 ? super.convert(event)
                : MessageFormatter.arrayFormat(event.getMessage(), LogArguments.escapeAll(arguments)).getMessage();
        return NikMasking.mask(message);
    }
}

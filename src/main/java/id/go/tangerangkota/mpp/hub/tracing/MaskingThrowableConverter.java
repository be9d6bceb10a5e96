package id.go.tangerangkota.mpp.hub.tracing;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's stack trace converter ({@code %wEx}) with every NIK masked: exception messages
 * (an agency's error text, a validation message) can quote the NIK they were about.
 */
public class MaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return NikMasking.mask(super.throwableProxyToString(tp));
    }
}

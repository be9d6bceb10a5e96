package id.go.tangerangkota.mpp.hub.tracing;

import java.io.CharArrayWriter;

import org.apache.catalina.valves.AccessLogValve;

/**
 * Tomcat's access log with every NIK masked: a request line can carry one
 * ({@code GET /api/v1/citizens/{nik}/access-log}). Takes the settings Spring Boot gave the plain
 * valve ({@code server.tomcat.accesslog.*}), so the access log is configured as usual.
 */
public final class MaskingAccessLogValve extends AccessLogValve {

    /** A masking valve with the settings of {@code plain}. */
    public static MaskingAccessLogValve copyOf(AccessLogValve plain) {
        MaskingAccessLogValve valve = new MaskingAccessLogValve();
        valve.setEnabled(plain.getEnabled());
        valve.setPattern(plain.getPattern());
        valve.setDirectory(plain.getDirectory());
        valve.setPrefix(plain.getPrefix());
        valve.setSuffix(plain.getSuffix());
        valve.setEncoding(plain.getEncoding());
        valve.setLocale(plain.getLocale());
        valve.setCheckExists(plain.isCheckExists());
        valve.setRotatable(plain.isRotatable());
        valve.setRenameOnRotate(plain.isRenameOnRotate());
        valve.setMaxDays(plain.getMaxDays());
        valve.setFileDateFormat(plain.getFileDateFormat());
        valve.setIpv6Canonical(plain.getIpv6Canonical());
        valve.setRequestAttributesEnabled(plain.getRequestAttributesEnabled());
        valve.setBuffered(plain.isBuffered());
        valve.setConditionIf(plain.getConditionIf());
        valve.setConditionUnless(plain.getConditionUnless());
        valve.setMaxLogMessageBufferSize(plain.getMaxLogMessageBufferSize());
        return valve;
    }

    @Override
    public void log(CharArrayWriter message) {
        String line = message.toString();
        String masked = NikMasking.mask(line);
        if (masked.equals(line)) {
            super.log(message);
            return;
        }
        CharArrayWriter out = new CharArrayWriter(masked.length());
        out.append(masked);
        super.log(out);
    }
}

package id.go.tangerangkota.mpp.hub.tracing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.go.tangerangkota.mpp.hub.protocol.NikRules;

/**
 * Masks every NIK inside a free text (a log message, an exception's message, a stack trace) the way
 * {@link NikRules#mask(String)} masks one NIK: {@code 3671********0001}. A NIK is any run of exactly
 * 16 digits that no other letter or digit touches, so a longer number, or digits inside a trace id
 * or another hex or alphanumeric token, are left alone.
 */
public final class NikMasking {

    private static final Pattern NIK = Pattern.compile("(?<![0-9A-Za-z])[0-9]{16}(?![0-9A-Za-z])");

    private NikMasking() {
    }

    /** The text with each NIK in it masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.length() < 16) {
            return text;
        }
        Matcher m = NIK.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        do {
            m.appendReplacement(masked, NikRules.mask(m.group()));
        } while (m.find());
        m.appendTail(masked);
        return masked.toString();
    }
}

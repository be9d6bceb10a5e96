package id.go.tangerangkota.mpp.hub.tracing;

/**
 * Makes a value that came from outside safe to print inside one log line: a carriage return, line
 * feed or other control character in it is written as an escape ({@code \r}, {@code \n},
 * {@code \u0000}), so a caller cannot end the line and forge a second one (log injection). Applied
 * by {@link MaskingMessageConverter} to every argument of a log call, not to the message pattern:
 * the hub's own multi-line messages keep their lines.
 */
public final class LogArguments {

    private LogArguments() {
    }

    /** The text with line breaks and control characters escaped; null stays null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\r' -> "\\r";
                case '\n' -> "\\n";
                case '\t' -> null;
                default -> c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029
                        ? String.format("\\u%04x", (int) c) : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Each argument as the escaped text it prints as. */
    static Object[] escapeAll(Object[] arguments) {
        Object[] escaped = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object a = arguments[i];
            escaped[i] = a == null || a instanceof Number || a instanceof Boolean ? a : escape(String.valueOf(a));
        }
        return escaped;
    }
}

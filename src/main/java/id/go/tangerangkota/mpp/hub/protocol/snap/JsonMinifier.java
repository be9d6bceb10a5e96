package id.go.tangerangkota.mpp.hub.protocol.snap;

/**
 * Minifies a JSON text the way SNAP signs it: every whitespace character outside string literals is
 * dropped, everything else is kept byte for byte (escapes, number spelling, key order). Working on
 * the characters rather than re-serialising a parsed tree means the hash covers exactly the text that
 * is sent, whatever a JSON library would have normalised.
 */
public final class JsonMinifier {

    private JsonMinifier() {
    }

    /**
     * @param json a JSON text; null or blank gives the empty string (a body-less request signs the
     *             hash of "")
     */
    public static String minify(String json) {
        if (json == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

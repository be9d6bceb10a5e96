package id.go.tangerangkota.mpp.hub.connector;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fills {@code {citizen.nik}}-style placeholders from a JSON document (the request envelope, or a
 * payment's bill and data), so descriptors can say where a value comes from without Java.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private Placeholders() {
    }

    /**
     * @param urlEncode true for URL paths; a missing value fills as empty
     */
    public static String fill(String template, JsonNode source, boolean urlEncode) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            JsonNode value = source;
            for (String part : m.group(1).split("\\.")) {
                value = value == null ? null : value.get(part);
            }
            String text = value == null || value.isNull() ? "" : value.asText();
            String filled = urlEncode ? URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20") : text;
            m.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        m.appendTail(out);
        return out.toString();
    }
}

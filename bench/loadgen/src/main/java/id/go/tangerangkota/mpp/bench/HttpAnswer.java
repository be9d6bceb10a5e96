package id.go.tangerangkota.mpp.bench;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP answer, read whole.
 *
 * @param status  the status code
 * @param headers the headers, names in lower case (the last one wins when a name repeats)
 * @param body    the body, decoded from chunks when it was chunked
 */
public record HttpAnswer(int status, Map<String, String> headers, byte[] body) {

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}

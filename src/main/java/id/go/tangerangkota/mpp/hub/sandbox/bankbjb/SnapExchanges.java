package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/** Reading requests and writing SNAP answers on the JDK HTTP server. */
final class SnapExchanges {

    /** No SNAP request comes near this; more is refused before it is read. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    static final ObjectMapper JSON = new ObjectMapper();

    private SnapExchanges() {
    }

    /** The body, or null when it is over the limit. */
    static byte[] readBody(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BODY_BYTES) {
                    return null;
                }
            }
        }
        return body.toByteArray();
    }

    /** {@code {"responseCode", "responseMessage"}} plus the given fields. */
    static Map<String, Object> answer(String responseCode, String message) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("responseCode", responseCode);
        answer.put("responseMessage", message);
        return answer;
    }

    /** Sends the answer with the HTTP status SNAP's responseCode starts with. */
    static void send(HttpExchange exchange, Map<String, Object> answer, String timestamp) throws IOException {
        int status = Integer.parseInt(((String) answer.get("responseCode")).substring(0, 3));
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(answer);
        } catch (JsonProcessingException impossible) {
            bytes = "{\"responseCode\":\"5000001\",\"responseMessage\":\"Internal Server Error\"}".getBytes();
            status = 500;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("X-TIMESTAMP", timestamp);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Sends unless the answer was already started or the caller is gone (e.g. it timed out). */
    static void sendIfStillPossible(HttpExchange exchange, Map<String, Object> answer, String timestamp) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            send(exchange, answer, timestamp);
        } catch (IOException callerGone) {
            // nobody left to answer
        }
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import id.go.tangerangkota.mpp.hub.protocol.vclaim.VclaimCipher;

/**
 * Reading bodies and writing VClaim answers on the JDK's HTTP server:
 * {@code {"metaData": {"code", "message"}, "response": ...}}, the response sealed with the
 * request's key material when the code is 200.
 */
final class VclaimHttp {

    /** Bodies above this are refused with 413: no VClaim request comes near it. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    static final ObjectMapper JSON = new ObjectMapper();

    private VclaimHttp() {
    }

    /** A success: the response JSON compressed and encrypted with consId + secret + the request's timestamp. */
    static Map<String, Object> sealed(Object response, VclaimSettings settings, String timestamp) {
        String json;
        try {
            json = JSON.writeValueAsString(response);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("response could not be written", impossible);
        }
        Map<String, Object> answer = metaData("200", "OK");
        answer.put("response", VclaimCipher.seal(settings.consId(), settings.secretKey(), timestamp, json));
        return answer;
    }

    /** A refusal or error: metaData only, response null. */
    static Map<String, Object> refusal(String code, String message) {
        Map<String, Object> answer = metaData(code, message);
        answer.put("response", null);
        return answer;
    }

    private static Map<String, Object> metaData(String code, String message) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("code", code);
        meta.put("message", message);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("metaData", meta);
        return answer;
    }

    /** Reads the whole body, refusing more than the limit without reading it all. */
    static byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.trim().matches("[0-9]{1,18}") && Long.parseLong(declared.trim()) > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BODY_BYTES) {
                    throw new BodyTooLargeException();
                }
            }
        }
        return body.toByteArray();
    }

    /** Sends {@code body} as JSON with the given status. */
    static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException impossible) {
            bytes = "{\"metaData\":{\"code\":\"500\",\"message\":\"Terjadi kesalahan pada server\"},\"response\":null}"
                    .getBytes(StandardCharsets.UTF_8);
            status = 500;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Sends an error unless the answer is already under way or the client is gone. */
    static void sendIfStillPossible(HttpExchange exchange, int status, Object body) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            send(exchange, status, body);
        } catch (IOException clientGone) {
            // nobody left to tell
        }
    }

    /** Thrown when a request body is over the limit; answered 413. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException() {
            super("request body too large");
        }
    }
}

package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/**
 * Reading request bodies and writing JSON answers on the JDK's HTTP server, the same way for
 * every simulated back end.
 */
final class HttpExchanges {

    /** Bodies above this are refused with 413: no agency request comes near it. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    /** Thread-safe once configured; shared by all handlers. */
    static final ObjectMapper JSON = new ObjectMapper();

    private HttpExchanges() {
    }

    /**
     * Reads the whole body, refusing more than {@code limit} bytes without reading them all: a
     * declared Content-Length over the limit is refused at once, a chunked body as soon as it
     * passes the limit.
     */
    static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limit) {
                    throw new BodyTooLargeException();
                }
            } catch (NumberFormatException malformed) {
                // The server itself rejects a malformed length; reading below stays bounded anyway.
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                body.write(buffer, 0, read);
                if (body.size() > limit) {
                    throw new BodyTooLargeException();
                }
            }
        }
        return body.toByteArray();
    }

    /** Sends {@code body} as JSON with the given status and closes the exchange. */
    static void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException impossible) {
            // Only maps, lists and strings are written; this is a defect, answered as such.
            bytes = "{\"error\":\"response could not be written\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            status = 500;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if ("HEAD".equalsIgnoreCase(exchange.getRequestMethod())) {
            // A HEAD answer carries the headers only; -1 tells the server there is no body.
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Sends an error answer unless the exchange is past that point (headers already sent, or the
     * client gone): then there is nobody left to tell, and the exchange is only closed.
     */
    static void sendIfStillPossible(HttpExchange exchange, int status, Object body) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            sendJson(exchange, status, body);
        } catch (IOException clientGone) {
            // nothing to answer to
        }
    }

    /** The remote IP address of the socket, without an IPv6 scope ({@code %lo}). */
    static String remoteIp(HttpExchange exchange) {
        String ip = exchange.getRemoteAddress().getAddress().getHostAddress();
        int scope = ip.indexOf('%');
        return scope < 0 ? ip : ip.substring(0, scope);
    }

    /** Thrown when a request body is over the limit; the handler answers 413. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException() {
            super("request body too large");
        }
    }
}

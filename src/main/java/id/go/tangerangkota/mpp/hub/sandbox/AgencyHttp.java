package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/**
 * The HTTP plumbing the simulated agency handlers compose: credential comparison, content-type
 * check, bounded body reading, JSON parsing and writing an answer. Only the plumbing is here; the
 * order of the checks, the codes, messages and envelopes stay in each agency's handler, so each
 * back end still looks like itself on the wire.
 *
 * <p>The agencies treat an oversized body in different ways (refuse by the declared length, skip
 * the rest, drain it, or just stop reading), which a client can see; each way is kept as its own
 * method, named by what it does, rather than folded into one.
 */
public final class AgencyHttp {

    /** Bodies above this are refused: no agency request comes near it. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /** Thread-safe once configured; {@code {"a":1} x} is not a JSON object. */
    public static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** How much of a refused body is dropped at most, so the client can still read the answer. */
    private static final long MAX_DROPPED_BYTES = 16L * MAX_BODY_BYTES;

    private AgencyHttp() {
    }

    /** Something that answers an exchange. */
    @FunctionalInterface
    public interface Answer {
        void send() throws IOException;
    }

    /** Constant-time comparison, so the sandbox does not teach timing attacks by example. */
    public static boolean keyMatches(String sent, byte[] expected) {
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected);
    }

    /**
     * Constant-time comparison of an account sent in the body; both parts are always compared, so
     * neither leaks by timing.
     */
    public static boolean accountMatches(JsonNode account, String userField, String passwordField, byte[] user,
            byte[] password) {
        byte[] sentUser = account.path(userField).asText("").getBytes(StandardCharsets.UTF_8);
        byte[] sentPassword = account.path(passwordField).asText("").getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(sentUser, user) & MessageDigest.isEqual(sentPassword, password);
    }

    /** HTTP Basic credentials ({@code user:password} bytes) compared in constant time. */
    public static boolean basicMatches(String authorization, byte[] credentials) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] sent;
        try {
            sent = Base64.getDecoder().decode(authorization.substring(6).strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(sent, credentials);
    }

    /** True when the Content-Type header starts with one of the media types (case and spaces aside). */
    public static boolean contentTypeIs(HttpExchange exchange, String... mediaTypes) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null) {
            return false;
        }
        String media = type.strip().toLowerCase(Locale.ROOT);
        for (String accepted : mediaTypes) {
            if (media.startsWith(accepted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the whole body, refusing more than {@code limit} bytes without reading them all: a
     * declared Content-Length over the limit is refused at once, a chunked body as soon as it
     * passes the limit. Answer the {@link BodyTooLarge} after {@link #drain}.
     */
    public static byte[] readOrRefuse(HttpExchange exchange, int limit) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.strip().matches("[0-9]{1,18}") && Long.parseLong(declared.strip()) > limit) {
            throw new BodyTooLarge();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                body.write(buffer, 0, read);
                if (body.size() > limit) {
                    throw new BodyTooLarge();
                }
            }
        }
        return body.toByteArray();
    }

    /**
     * Reads and drops what is left of a refused body (bounded), so closing the exchange does not
     * reset the connection before the client has read the 413.
     */
    public static void drain(HttpExchange exchange, int limit) {
        byte[] buffer = new byte[8192];
        long left = 16L * limit;
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while (left > 0 && (read = in.read(buffer)) != -1) {
                left -= read;
            }
        } catch (IOException clientGone) {
            // the answer is best effort anyway
        }
    }

    /**
     * Reads the body up to {@link #MAX_BODY_BYTES}; past it, skips the rest (bounded) so the client
     * can still read the answer, and throws the agency's refusal.
     */
    public static byte[] readOrSkip(HttpExchange exchange, Supplier<? extends RuntimeException> tooLarge)
            throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BODY_BYTES) {
                    in.skip(MAX_DROPPED_BYTES);
                    throw tooLarge.get();
                }
            }
        }
        return body.toByteArray();
    }

    /**
     * The body, or null when it is over {@code limit}: reads on (at most 16 times the limit) so the
     * client can still read the answer, keeping only what fits.
     */
    public static byte[] readOrNull(HttpExchange exchange, int limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long left = 16L * limit;
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) != -1 && left > 0) {
                left -= read;
                if (body.size() <= limit) {
                    body.write(buffer, 0, read);
                }
            }
        }
        return body.size() > limit ? null : body.toByteArray();
    }

    /** The body as a JSON object, or null when it is not one (malformed, another JSON value, trailing tokens). */
    public static JsonNode jsonObject(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException malformed) {
            return null;
        }
    }

    /** Sends the bytes with the given status and content type. */
    public static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Sends {@code body} as {@code application/json}. */
    public static void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", JSON.writeValueAsBytes(body));
    }

    /** Sends {@code body} as {@code application/xml; charset=UTF-8}. */
    public static void sendXml(HttpExchange exchange, int status, XmlElement body) throws IOException {
        send(exchange, status, "application/xml; charset=UTF-8", body.toBytes());
    }

    /**
     * Sends an error answer unless the exchange is past that point (headers already sent, or the
     * client gone): then there is nobody left to tell.
     */
    public static void ifStillPossible(HttpExchange exchange, Answer answer) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            answer.send();
        } catch (IOException clientGone) {
            // nobody left to answer
        }
    }

    /** {@link #sendJson} unless the exchange is past that point; see {@link #ifStillPossible}. */
    public static void sendJsonIfStillPossible(HttpExchange exchange, int status, Object body) {
        ifStillPossible(exchange, () -> sendJson(exchange, status, body));
    }

    /** {@link #sendXml} unless the exchange is past that point; see {@link #ifStillPossible}. */
    public static void sendXmlIfStillPossible(HttpExchange exchange, int status, XmlElement body) {
        ifStillPossible(exchange, () -> sendXml(exchange, status, body));
    }

    /** A body over the limit, from {@link #readOrRefuse}; answered 413. */
    public static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge() {
            super("request body too large");
        }
    }
}

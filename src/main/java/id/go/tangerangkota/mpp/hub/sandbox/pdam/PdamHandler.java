package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The simulated Tirta Benteng billing and customer-service API under {@code /pdam}: routes
 * {@code POST /pdam/api/<service>} with XML bodies and makes the checks every service shares, in
 * the back end's order:
 *
 * <ol>
 *   <li>path: unknown is HTTP 404, status 04;
 *   <li>HTTP Basic authentication with the collector account, else HTTP 401, status 41
 *       "USER ATAU PASSWORD SALAH" (and a {@code WWW-Authenticate} challenge);
 *   <li>method (405), content type {@code application/xml} or {@code text/xml} (415), size (413);
 *   <li>a well-formed {@code <request>} without DTD, else HTTP 400, status 30;
 *   <li>then the service's own checks.
 * </ol>
 *
 * <p>Every answer is {@code <response><status>..</status><message>..</message>...</response>};
 * business outcomes come with HTTP 200 and are told apart by {@code status}.
 */
final class PdamHandler implements HttpHandler {

    static final int MAX_BODY_BYTES = 64 * 1024;

    private final String basePath;
    private final byte[] credentials;
    private final Map<String, PdamService> services = new LinkedHashMap<>();

    PdamHandler(String basePath, String username, String password, List<PdamService> services) {
        this.basePath = basePath;
        this.credentials = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
        services.forEach(s -> this.services.put(s.path(), s));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (BodyTooLarge tooLarge) {
            drain(exchange);
            sendIfStillPossible(exchange, 413, error("13", "UKURAN PESAN TERLALU BESAR"));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            sendIfStillPossible(exchange, 500, error("96", "SISTEM SEDANG GANGGUAN"));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        PdamService service = path.startsWith(basePath) ? services.get(path.substring(basePath.length())) : null;
        if (service == null) {
            send(exchange, 404, error("04", "LAYANAN TIDAK DITEMUKAN"));
            return;
        }
        if (!authenticated(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Tirta Benteng\", charset=\"UTF-8\"");
            send(exchange, 401, error("41", "USER ATAU PASSWORD SALAH"));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            send(exchange, 405, error("05", "METODE TIDAK DIIZINKAN"));
            return;
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String media = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        if (!media.startsWith("application/xml") && !media.startsWith("text/xml")) {
            send(exchange, 415, error(PdamRejection.BAD_MESSAGE, "CONTENT-TYPE HARUS XML"));
            return;
        }
        PdamRequest request;
        try {
            request = PdamRequest.parse(readBody(exchange));
        } catch (PdamRejection malformed) {
            send(exchange, 400, error(malformed.status(), malformed.getMessage()));
            return;
        }
        service.observe(request);
        XmlElement answer;
        try {
            answer = service.answer(request);
        } catch (PdamRejection rejection) {
            answer = error(rejection.status(), rejection.getMessage());
        }
        send(exchange, 200, answer);
    }

    /** Basic credentials compared in constant time, so the sandbox does not teach timing attacks. */
    private boolean authenticated(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] sent;
        try {
            sent = Base64.getDecoder().decode(header.substring(6).strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(sent, credentials);
    }

    private static XmlElement error(String status, String message) {
        return new XmlElement("response").leaf("status", status).leaf("message", message);
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.strip().matches("[0-9]{1,18}") && Long.parseLong(declared.strip()) > MAX_BODY_BYTES) {
            throw new BodyTooLarge();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BODY_BYTES) {
                    throw new BodyTooLarge();
                }
            }
        }
        return body.toByteArray();
    }

    /** Drops what is left of a refused body (bounded), so the 413 is read before the close. */
    private static void drain(HttpExchange exchange) {
        byte[] buffer = new byte[8192];
        long left = 16L * MAX_BODY_BYTES;
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while (left > 0 && (read = in.read(buffer)) != -1) {
                left -= read;
            }
        } catch (IOException clientGone) {
            // the answer is best effort anyway
        }
    }

    private static void send(HttpExchange exchange, int status, XmlElement answer) throws IOException {
        byte[] bytes = answer.toBytes();
        exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sendIfStillPossible(HttpExchange exchange, int status, XmlElement answer) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            send(exchange, status, answer);
        } catch (IOException clientGone) {
            // nobody left to answer
        }
    }

    /** A body over the limit; answered 413. */
    private static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge() {
            super("request body too large");
        }
    }
}

package id.go.tangerangkota.mpp.hub.sandbox;

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
import java.util.function.BiFunction;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The HTTP plumbing of the simulated back ends that take XML over HTTP Basic (Kejari, PDAM,
 * Pengadilan Agama): routes {@code POST <base>/<service>} and makes the checks every service
 * shares, in this order: path (404), HTTP Basic with the partner account (401 and a challenge),
 * method (405), content type {@code application/xml} or {@code text/xml} (415), size (413), a
 * well-formed request root without DTD (400), then the service's own checks, whose refusals come
 * with HTTP 200. A defect of the sandbox is answered 500.
 *
 * <p>Only the plumbing is shared: every code, message, realm and envelope is the agency's, given
 * in its {@link Dialect}, so each back end still looks like itself on the wire.
 */
public final class XmlAgencyHandler implements HttpHandler {

    /** Bodies above this are refused with 413: no agency request comes near it. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /** One refusal of the shared checks: the agency's code and message. */
    public record Refusal(String code, String message) {
    }

    /**
     * How one agency speaks: the realm of its Basic challenge, the root element of its requests
     * and how it refuses them, its error envelope, and its refusal for each shared check.
     */
    public record Dialect(String realm, String rootTag, XmlRequest.Refusals refusals,
            BiFunction<String, String, XmlElement> error, Refusal notFound, Refusal unauthorized,
            Refusal wrongMethod, Refusal wrongType, Refusal tooLarge, Refusal defect) {
    }

    private final String basePath;
    private final byte[] credentials;
    private final Dialect dialect;
    private final Map<String, XmlService> services = new LinkedHashMap<>();

    public XmlAgencyHandler(String basePath, String username, String password, Dialect dialect,
            List<? extends XmlService> services) {
        this.basePath = basePath;
        this.credentials = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
        this.dialect = dialect;
        services.forEach(s -> this.services.put(s.path(), s));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (BodyTooLarge tooLarge) {
            drain(exchange);
            sendIfStillPossible(exchange, 413, error(dialect.tooLarge()));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            sendIfStillPossible(exchange, 500, error(dialect.defect()));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        XmlService service = path.startsWith(basePath) ? services.get(path.substring(basePath.length())) : null;
        if (service == null) {
            send(exchange, 404, error(dialect.notFound()));
            return;
        }
        if (!authenticated(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"" + dialect.realm() + "\", charset=\"UTF-8\"");
            send(exchange, 401, error(dialect.unauthorized()));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            send(exchange, 405, error(dialect.wrongMethod()));
            return;
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String media = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        if (!media.startsWith("application/xml") && !media.startsWith("text/xml")) {
            send(exchange, 415, error(dialect.wrongType()));
            return;
        }
        XmlRequest request;
        try {
            request = XmlRequest.parse(readBody(exchange), dialect.rootTag(), dialect.refusals());
        } catch (AgencyRejection malformed) {
            send(exchange, 400, dialect.error().apply(malformed.code(), malformed.getMessage()));
            return;
        }
        service.observe(request);
        XmlElement answer;
        try {
            answer = service.answer(request);
        } catch (AgencyRejection rejection) {
            answer = dialect.error().apply(rejection.code(), rejection.getMessage());
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

    private XmlElement error(Refusal refusal) {
        return dialect.error().apply(refusal.code(), refusal.message());
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

package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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
        } catch (AgencyHttp.BodyTooLarge tooLarge) {
            AgencyHttp.drain(exchange, AgencyHttp.MAX_BODY_BYTES);
            AgencyHttp.sendXmlIfStillPossible(exchange, 413, error(dialect.tooLarge()));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            AgencyHttp.sendXmlIfStillPossible(exchange, 500, error(dialect.defect()));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        XmlService service = path.startsWith(basePath) ? services.get(path.substring(basePath.length())) : null;
        if (service == null) {
            AgencyHttp.sendXml(exchange, 404, error(dialect.notFound()));
            return;
        }
        if (!AgencyHttp.basicMatches(exchange.getRequestHeaders().getFirst("Authorization"), credentials)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"" + dialect.realm() + "\", charset=\"UTF-8\"");
            AgencyHttp.sendXml(exchange, 401, error(dialect.unauthorized()));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            AgencyHttp.sendXml(exchange, 405, error(dialect.wrongMethod()));
            return;
        }
        if (!AgencyHttp.contentTypeIs(exchange, "application/xml", "text/xml")) {
            AgencyHttp.sendXml(exchange, 415, error(dialect.wrongType()));
            return;
        }
        XmlRequest request;
        try {
            request = XmlRequest.parse(AgencyHttp.readOrRefuse(exchange, AgencyHttp.MAX_BODY_BYTES), dialect.rootTag(), dialect.refusals());
        } catch (AgencyRejection malformed) {
            AgencyHttp.sendXml(exchange, 400, dialect.error().apply(malformed.code(), malformed.getMessage()));
            return;
        }
        service.observe(request);
        XmlElement answer;
        try {
            answer = service.answer(request);
        } catch (AgencyRejection rejection) {
            answer = dialect.error().apply(rejection.code(), rejection.getMessage());
        }
        AgencyHttp.sendXml(exchange, 200, answer);
    }

    private XmlElement error(Refusal refusal) {
        return dialect.error().apply(refusal.code(), refusal.message());
    }
}

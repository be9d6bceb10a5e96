package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The host's SOAP 1.1 endpoint, {@code /samsat/services/PkbService}, checking a message in the
 * order a SOAP stack does:
 *
 * <ol>
 *   <li>HTTP: POST (GET {@code ?wsdl} publishes the WSDL), {@code text/xml} (415), size (413);
 *   <li>XML: well formed, no DTD (soapenv:Client);
 *   <li>envelope: SOAP 1.1 (VersionMismatch), a Body with one element, no header it must
 *       understand but does not (MustUnderstand);
 *   <li>WS-Security: the UsernameToken ({@link UsernameTokenCheck}, wsse:* faults);
 *   <li>the operation: a request element of the WSDL and its SOAPAction (soapenv:Client);
 *   <li>the WSDL's schema (soapenv:Client naming the problem);
 *   <li>then the operation, whose business errors are kodeRespon codes in a normal answer.
 * </ol>
 *
 * Faults are HTTP 500, as SOAP 1.1 over HTTP requires. Every answer is checked against the
 * schema before it leaves: a sandbox bug shows up as a server fault, not as a wrong answer.
 */
final class SoapEndpoint implements HttpHandler {

    /** The service address under the sandbox's base URL. */
    static final String PATH = "/samsat/services/PkbService";
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final PkbContract contract;
    private final UsernameTokenCheck tokens;
    private final Map<String, PkbOperation> operations;
    private final XxeTrap trap;
    private final CallCounts calls;
    private volatile Set<String> lastHeaderNames = Set.of();

    SoapEndpoint(PkbContract contract, UsernameTokenCheck tokens, List<PkbOperation> operations, XxeTrap trap,
            CallCounts calls) {
        this.contract = contract;
        this.tokens = tokens;
        this.operations = operations.stream().collect(Collectors.toUnmodifiableMap(PkbOperation::name,
                Function.identity()));
        this.trap = trap;
        this.calls = calls;
    }

    /** The HTTP header names of the last SOAP request, lower case: what a client let through. */
    Set<String> lastHeaderNames() {
        return lastHeaderNames;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (TooLarge tooLarge) {
            sendIfPossible(exchange, 413, "text/plain; charset=utf-8",
                    "Ukuran pesan melebihi batas".getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            sendIfPossible(exchange, 500, Soap11.CONTENT_TYPE,
                    SafeXml.write(Soap11.fault(SoapFault.server("Terjadi kesalahan sistem"))));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        if (!PATH.equals(exchange.getRequestURI().getPath())) {
            send(exchange, 404, "text/plain; charset=utf-8", "Not Found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String method = exchange.getRequestMethod();
        if ("GET".equals(method) && "wsdl".equalsIgnoreCase(exchange.getRequestURI().getQuery())) {
            send(exchange, 200, "text/xml; charset=utf-8", publishedWsdl(exchange));
            return;
        }
        if (!"POST".equals(method)) {
            exchange.getResponseHeaders().set("Allow", "POST");
            send(exchange, 405, "text/plain; charset=utf-8", "Method Not Allowed".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("text/xml")) {
            send(exchange, 415, "text/plain; charset=utf-8",
                    "Content-Type harus text/xml (SOAP 1.1)".getBytes(StandardCharsets.UTF_8));
            return;
        }
        lastHeaderNames = exchange.getRequestHeaders().keySet().stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
        byte[] body = readBody(exchange);
        try {
            Element payload = checkedPayload(exchange, body);
            PkbContract.Operation operation = contract.operationFor(payload).orElseThrow();
            calls.record(operation.name());
            if (XxeTrap.springs(operation.name(), PkbOperation.field(payload, "nomorPolisi"))) {
                send(exchange, 200, Soap11.CONTENT_TYPE, trap.answer());
                return;
            }
            Element answer = operations.get(operation.name()).answer(payload);
            Optional<String> defect = contract.problemWith(answer);
            if (defect.isPresent()) {
                throw SoapFault.server("Terjadi kesalahan sistem: jawaban tidak sesuai skema");
            }
            send(exchange, 200, Soap11.CONTENT_TYPE, SafeXml.write(Soap11.envelope(answer)));
        } catch (SoapFault fault) {
            send(exchange, 500, Soap11.CONTENT_TYPE, SafeXml.write(Soap11.fault(fault)));
        }
    }

    /** Steps 2 to 6: the request element, once the message passed every check before the operation. */
    private Element checkedPayload(HttpExchange exchange, byte[] body) throws SoapFault {
        Document doc;
        try {
            doc = SafeXml.parse(body);
        } catch (SAXException unreadable) {
            throw SoapFault.client("Pesan SOAP tidak dapat dibaca (XML tidak valid atau mengandung DTD)");
        }
        Element envelope = doc.getDocumentElement();
        if ("Envelope".equals(envelope.getLocalName()) && Soap11.SOAP12_ENVELOPE_NS.equals(envelope.getNamespaceURI())) {
            throw SoapFault.versionMismatch();
        }
        if (!"Envelope".equals(envelope.getLocalName()) || !Soap11.ENVELOPE_NS.equals(envelope.getNamespaceURI())) {
            throw SoapFault.client("Bukan SOAP Envelope");
        }
        Element header = SafeXml.child(envelope, Soap11.ENVELOPE_NS, "Header");
        Element soapBody = SafeXml.child(envelope, Soap11.ENVELOPE_NS, "Body");
        if (soapBody == null) {
            throw SoapFault.client("SOAP Body tidak ada");
        }
        checkMustUnderstand(header);
        tokens.verify(header);
        Element payload = onlyElement(soapBody);
        PkbContract.Operation operation = contract.operationFor(payload)
                .orElseThrow(() -> SoapFault.client("Operasi tidak dikenal: " + payload.getLocalName()));
        String action = exchange.getRequestHeaders().getFirst("SOAPAction");
        if (action == null || !operation.soapAction().equals(unquote(action))) {
            throw SoapFault.client("SOAPAction tidak sesuai dengan operasi " + operation.name());
        }
        Optional<String> invalid = contract.problemWith(payload);
        if (invalid.isPresent()) {
            throw SoapFault.client("Validasi skema gagal: " + invalid.get());
        }
        return payload;
    }

    /** The host processes wsse:Security only; any other header it must understand is refused. */
    private static void checkMustUnderstand(Element header) throws SoapFault {
        if (header == null) {
            return;
        }
        for (Node n = header.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element block && "1".equals(block.getAttributeNS(Soap11.ENVELOPE_NS, "mustUnderstand"))
                    && !(Soap11.WSSE_NS.equals(block.getNamespaceURI()) && "Security".equals(block.getLocalName()))) {
                throw SoapFault.mustUnderstand("{" + block.getNamespaceURI() + "}" + block.getLocalName());
            }
        }
    }

    private static Element onlyElement(Element body) throws SoapFault {
        Element only = null;
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (only != null) {
                    throw SoapFault.client("SOAP Body harus berisi tepat satu elemen");
                }
                only = e;
            }
        }
        if (only == null) {
            throw SoapFault.client("SOAP Body kosong");
        }
        return only;
    }

    private static String unquote(String action) {
        String a = action.strip();
        return a.length() >= 2 && a.startsWith("\"") && a.endsWith("\"") ? a.substring(1, a.length() - 1) : a;
    }

    /** The WSDL with this sandbox's own address in soap:address, as a SOAP stack publishes it. */
    private byte[] publishedWsdl(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        String address = "http://" + (host == null ? exchange.getLocalAddress().getHostString() + ":"
                + exchange.getLocalAddress().getPort() : host) + PATH;
        String wsdl = new String(contract.wsdl(), StandardCharsets.UTF_8);
        return wsdl.replaceFirst("location=\"[^\"]*\"", "location=\"" + address + "\"").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > MAX_BODY_BYTES) {
                    throw new TooLarge();
                }
            } catch (NumberFormatException malformed) {
                // the read below is bounded anyway
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BODY_BYTES) {
                    throw new TooLarge();
                }
            }
        }
        return body.toByteArray();
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sendIfPossible(HttpExchange exchange, int status, String contentType, byte[] body) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            send(exchange, status, contentType, body);
        } catch (IOException clientGone) {
            // nobody left to answer
        }
    }

    /** A request body over the limit. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * A test fixture, not agency behaviour: an inquiry for {@link #PLATE} is answered as a hostile or
 * compromised host might, with a DTD declaring external entities that point back at
 * {@link #PROBE_PATH} on this sandbox. A client that resolves them calls the probe, which counts
 * the hit; a hardened client refuses the answer and the probe stays at zero.
 */
final class XxeTrap implements HttpHandler {

    /** The plate that springs the trap (a Kota Tangerang plate no vehicle holds). */
    static final String PLATE = "B 6666 CXE";
    /** Where the external entities point. */
    static final String PROBE_PATH = "/samsat/xxe-probe";

    private final String probeUrl;
    private final AtomicInteger hits = new AtomicInteger();

    /** @param baseUrl {@code http://host:port} of the sandbox */
    XxeTrap(String baseUrl) {
        this.probeUrl = baseUrl + PROBE_PATH;
    }

    /** True when this request should get the trap's answer. */
    static boolean springs(String operation, String plate) {
        return "InquiryPKB".equals(operation) && PLATE.equals(plate);
    }

    /** The hostile answer: an external parameter entity and an external general entity. */
    byte[] answer() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE soapenv:Envelope [\n"
                + "  <!ENTITY % remote SYSTEM \"" + probeUrl + "/dtd\">\n"
                + "  %remote;\n"
                + "  <!ENTITY leak SYSTEM \"" + probeUrl + "/entity\">\n"
                + "]>\n"
                + "<soapenv:Envelope xmlns:soapenv=\"" + Soap11.ENVELOPE_NS + "\"><soapenv:Body>"
                + "<pkb:InquiryPKBResponse xmlns:pkb=\"" + Soap11.PKB_NS + "\">"
                + "<pkb:kodeRespon>14</pkb:kodeRespon><pkb:pesanRespon>&leak;</pkb:pesanRespon>"
                + "</pkb:InquiryPKBResponse></soapenv:Body></soapenv:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    /** Requests that reached the probe: any is a client that resolved an external entity. */
    int hits() {
        return hits.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            hits.incrementAndGet();
            byte[] body = "<!ENTITY probed \"resolved\">".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/xml-dtd");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } finally {
            exchange.close();
        }
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.taspen;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyHttp;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The simulated Taspen partner service under {@code /taspen}: routes
 * {@code POST /taspen/mitra/v1/<service>} and makes the shared checks in order: unknown path
 * 404 kode 04; the {@code X-Api-Key} header, else 401 kode 41; POST only (405); an XML content
 * type (415); at most 64 KiB (413); a well-formed {@code <permintaan>} without DTD (400 kode 13).
 * Every answer is {@code <respon><kode/><pesan/>...</respon>}.
 */
final class TaspenHandler implements HttpHandler {

    static final String API_KEY_HEADER = "X-Api-Key";

    private final String basePath;
    private final byte[] apiKey;
    private final TaspenServices services;

    TaspenHandler(String basePath, String apiKey, TaspenServices services) {
        this.basePath = basePath;
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        this.services = services;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (TaspenRejection rejection) {
            AgencyHttp.sendXmlIfStillPossible(exchange, rejection.httpStatus(), failure(rejection));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            AgencyHttp.sendXmlIfStillPossible(exchange, 500,
                    failure(new TaspenRejection(500, "99", "KESALAHAN SISTEM")));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String service = path.startsWith(basePath) ? path.substring(basePath.length()) : "";
        if (!TaspenServices.PATHS.contains(service)) {
            throw new TaspenRejection(404, "04", "LAYANAN TIDAK DITEMUKAN");
        }
        if (!AgencyHttp.keyMatches(exchange.getRequestHeaders().getFirst(API_KEY_HEADER), apiKey)) {
            throw new TaspenRejection(401, "41", "API KEY TIDAK VALID");
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            throw new TaspenRejection(405, "05", "METODE TIDAK DIIZINKAN");
        }
        if (!AgencyHttp.contentTypeIs(exchange, "application/xml", "text/xml")) {
            throw new TaspenRejection(415, "15", "CONTENT-TYPE HARUS APPLICATION/XML");
        }
        TaspenRequest request = TaspenRequest.parse(AgencyHttp.readOrSkip(exchange,
                () -> new TaspenRejection(413, "16", "UKURAN PERMINTAAN TERLALU BESAR")));
        AgencyHttp.sendXml(exchange, 200, services.answer(service, request));
    }

    private static XmlElement failure(TaspenRejection rejection) {
        return new XmlElement("respon").leaf("kode", rejection.kode()).leaf("pesan", rejection.pesan());
    }
}

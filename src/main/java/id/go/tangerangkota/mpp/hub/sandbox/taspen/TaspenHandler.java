package id.go.tangerangkota.mpp.hub.sandbox.taspen;

import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

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
    static final int MAX_BODY_BYTES = 64 * 1024;

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
            sendIfStillPossible(exchange, rejection.httpStatus(), failure(rejection));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            sendIfStillPossible(exchange, 500, failure(new TaspenRejection(500, "99", "KESALAHAN SISTEM")));
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
        String sent = exchange.getRequestHeaders().getFirst(API_KEY_HEADER);
        // Constant-time comparison, so the sandbox does not teach timing attacks by example.
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), apiKey)) {
            throw new TaspenRejection(401, "41", "API KEY TIDAK VALID");
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            throw new TaspenRejection(405, "05", "METODE TIDAK DIIZINKAN");
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/xml") && !type.startsWith("text/xml")) {
            throw new TaspenRejection(415, "15", "CONTENT-TYPE HARUS APPLICATION/XML");
        }
        TaspenRequest request = TaspenRequest.parse(readBody(exchange));
        send(exchange, 200, services.answer(service, request));
    }

    private static XmlElement failure(TaspenRejection rejection) {
        return new XmlElement("respon").leaf("kode", rejection.kode()).leaf("pesan", rejection.pesan());
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BODY_BYTES) {
                    // Drop the rest (bounded) so the client can still read the 413.
                    in.skip(16L * MAX_BODY_BYTES);
                    throw new TaspenRejection(413, "16", "UKURAN PERMINTAAN TERLALU BESAR");
                }
            }
        }
        return body.toByteArray();
    }

    private static void send(HttpExchange exchange, int status, XmlElement body) throws IOException {
        byte[] bytes = body.toBytes();
        exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sendIfStillPossible(HttpExchange exchange, int status, XmlElement body) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            send(exchange, status, body);
        } catch (IOException clientGone) {
            // nobody left to answer
        }
    }
}

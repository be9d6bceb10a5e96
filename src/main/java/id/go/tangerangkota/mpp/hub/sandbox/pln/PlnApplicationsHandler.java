package id.go.tangerangkota.mpp.hub.sandbox.pln;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;
import id.go.tangerangkota.mpp.hub.sandbox.Kecamatan;

/**
 * PLN's customer applications desk as a REST/JSON interface (<em>invented</em>: PLN publishes no
 * partner API for new connections, power upgrades or complaints; this follows the shape of
 * Indonesian partner APIs: an API key header, Indonesian field names, a {@code kode}/{@code pesan}
 * envelope). Under {@code /pln/applications/v1}:
 *
 * <ul>
 *   <li>{@code POST /new-connection}: pasang baru; the applicant's NIK must be a known citizen;
 *   <li>{@code POST /power-upgrade}: tambah daya; the customer must exist, not be blocked, owe
 *       nothing, state the current power right and ask for more;
 *   <li>{@code POST /complaint}: pengaduan for a known customer.
 * </ul>
 *
 * Checks in order: path (404), method (405), JSON (415), API key {@code X-PLN-Api-Key} (401, kode
 * 01), body and fields (400, kode 02, nothing stored: the partner fixes and resends), then the
 * request id {@code idPermohonan}: a known one gets its first answer again; a new one is decided
 * (200 kode 00, or 404 kode 14 / 422 with the reason) and that answer is kept.
 */
final class PlnApplicationsHandler implements HttpHandler {

    static final String BASE = "/pln/applications/v1/";
    static final String API_KEY_HEADER = "X-PLN-Api-Key";

    private static final Set<String> KINDS = Set.of("new-connection", "power-upgrade", "complaint");
    private static final List<Integer> NEW_POWERS = List.of(900, 1300, 2200, 3500, 4400, 5500, 7700, 11000, 13200,
            16500);
    private static final Set<String> TARIFFS = Set.of("R1", "R2", "R3", "B1", "B2", "S2", "P1");
    private static final Set<String> CATEGORIES = Set.of("TAGIHAN", "KWH_METER", "PADAM", "TEGANGAN", "TOKEN",
            "PELAYANAN", "LAINNYA");
    private static final DateTimeFormatter AGENDA_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final PlnSettings settings;
    private final PlnCustomers customers;
    private final PlnLedger ledger;
    private final CitizenRegistry citizens;
    private final PlnApplications applications;
    private final Clock clock;

    PlnApplicationsHandler(PlnSettings settings, PlnCustomers customers, PlnLedger ledger, CitizenRegistry citizens,
            PlnApplications applications, Clock clock) {
        this.settings = settings;
        this.customers = customers;
        this.ledger = ledger;
        this.citizens = citizens;
        this.applications = applications;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (IOException | RuntimeException defect) {
            try {
                PlnJson.send(exchange, 500, Map.of("kode", "05", "pesan", "Kesalahan sistem"));
            } catch (IOException | RuntimeException gone) {
                // nothing left to answer to
            }
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String kind = path.startsWith(BASE) ? path.substring(BASE.length()) : "";
        if (!KINDS.contains(kind)) {
            PlnJson.send(exchange, 404, Map.of("kode", "04", "pesan", "Layanan tidak ditemukan"));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            PlnJson.send(exchange, 405, Map.of("kode", "04", "pesan", "Metode tidak diizinkan"));
            return;
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            PlnJson.send(exchange, 415, Map.of("kode", "02", "pesan", "Content-Type harus application/json"));
            return;
        }
        if (!same(exchange.getRequestHeaders().getFirst(API_KEY_HEADER), settings.applicationsApiKey())) {
            PlnJson.send(exchange, 401, Map.of("kode", "01", "pesan", "API key tidak valid"));
            return;
        }
        JsonNode body = PlnJson.readObject(exchange);
        if (body == null) {
            PlnJson.send(exchange, 400, Map.of("kode", "02", "pesan", "Parameter tidak valid: body"));
            return;
        }
        String id = body.path("idPermohonan").asText("");
        if (id.isBlank() || id.length() > 64) {
            PlnJson.send(exchange, 400, Map.of("kode", "02", "pesan", "Parameter tidak valid: idPermohonan"));
            return;
        }
        applications.recordCall(id);
        try {
            Fields fields = new Fields(body);
            Decision decision = switch (kind) {
                case "new-connection" -> newConnection(fields);
                case "power-upgrade" -> powerUpgrade(fields);
                default -> complaint(fields);
            };
            PlnApplications.Answer answer = applications.answerOnce(id, sequence -> decision.answer(id, sequence));
            PlnJson.send(exchange, answer.status(), answer.body());
        } catch (InvalidParameter invalid) {
            PlnJson.send(exchange, 400, Map.of("kode", "02", "pesan", "Parameter tidak valid: " + invalid.getMessage()));
        }
    }

    private Decision newConnection(Fields f) {
        String nik = f.matching("nik", "[0-9]{16}");
        f.text("alamat", 10, 200);
        f.text("kelurahan", 3, 60);
        String kecamatan = f.text("kecamatan", 3, 60).toUpperCase(Locale.ROOT);
        if (Arrays.stream(Kecamatan.values()).noneMatch(k -> k.siakName().equals(kecamatan))) {
            throw new InvalidParameter("kecamatan");
        }
        f.number("latitude", -6.30, -6.05);
        f.number("longitude", 106.55, 106.80);
        int power = f.oneOf("dayaVA", NEW_POWERS);
        String tariff = f.text("tarif", 2, 2);
        if (!TARIFFS.contains(tariff)) {
            throw new InvalidParameter("tarif");
        }
        f.product();
        f.matching("noHp", "08[0-9]{8,11}");
        if (citizens.byNik(nik).isEmpty()) {
            return Decision.refused(422, "44", "NIK pemohon tidak terdaftar");
        }
        long fee = connectionFee(power);
        return accepted("PASANG BARU", "Permohonan pasang baru diterima; survei lokasi dalam 3 hari kerja",
                Map.of("dayaVA", power, "biayaPenyambungan", fee));
    }

    private Decision powerUpgrade(Fields f) {
        f.matching("nik", "[0-9]{16}");
        String idpel = f.matching("idpel", "[0-9]{12}");
        int current = f.oneOf("dayaLamaVA", List.of(450, 900, 1300, 2200, 3500, 4400, 5500, 7700, 11000));
        int wanted = f.oneOf("dayaBaruVA", NEW_POWERS);
        f.product();
        f.matching("noHp", "08[0-9]{8,11}");
        Optional<PlnCustomer> customer = customers.byIdpel(idpel);
        if (customer.isEmpty()) {
            return Decision.refused(404, "14", "IDPEL tidak ditemukan");
        }
        if (customer.get().kind() == PlnCustomer.Kind.BLOCKED) {
            return Decision.refused(422, "16", "Pelanggan diblokir; selesaikan di kantor PLN");
        }
        int arrears = ledger.unpaidBills(idpel);
        if (arrears > 0) {
            return Decision.refused(422, "41", "Masih ada tunggakan " + arrears + " lembar tagihan listrik");
        }
        if (current != customer.get().powerVA()) {
            return Decision.refused(422, "43", "Daya lama tidak sesuai data pelanggan (" + customer.get().powerVA()
                    + " VA)");
        }
        if (wanted <= current) {
            return Decision.refused(422, "42", "Daya baru harus lebih besar dari daya lama");
        }
        long fee = Math.max(0, connectionFee(wanted) - connectionFee(current));
        return accepted("TAMBAH DAYA", "Permohonan tambah daya diterima; petugas menghubungi pemohon",
                Map.of("dayaLamaVA", current, "dayaBaruVA", wanted, "biaya", fee));
    }

    private Decision complaint(Fields f) {
        f.matching("nik", "[0-9]{16}");
        String idpel = f.matching("idpel", "[0-9]{12}");
        String category = f.text("kategori", 4, 20);
        if (!CATEGORIES.contains(category)) {
            throw new InvalidParameter("kategori");
        }
        f.text("uraian", 10, 1000);
        f.matching("noHp", "08[0-9]{8,11}");
        if (customers.byIdpel(idpel).isEmpty()) {
            return Decision.refused(404, "14", "IDPEL tidak ditemukan");
        }
        String next = category.equals("PADAM") ? "diteruskan ke regu pelayanan teknik" : "ditindaklanjuti dalam 3 hari kerja";
        return accepted("PENGADUAN", "Pengaduan diterima; " + next, Map.of("kategori", category));
    }

    /** Biaya penyambungan of a power (PLN's tariff for the common ones, per VA otherwise). */
    private static long connectionFee(int powerVA) {
        return switch (powerVA) {
            case 450 -> 421_000;
            case 900 -> 843_000;
            case 1300 -> 1_218_000;
            case 2200 -> 2_062_000;
            default -> Math.round(powerVA * 937.0);
        };
    }

    /** An answer not yet numbered: accepted ones get their agenda number when first stored. */
    private interface Decision {
        PlnApplications.Answer answer(String id, int sequence);

        static Decision refused(int status, String code, String message) {
            return (id, sequence) -> new PlnApplications.Answer(status, Map.of("kode", code, "pesan", message,
                    "data", Map.of("idPermohonan", id, "status", "DITOLAK")));
        }
    }

    /** Accepted: 200, kode 00, with the agenda number drawn when the answer is first stored. */
    private Decision accepted(String type, String message, Map<String, Object> details) {
        return (id, sequence) -> new PlnApplications.Answer(200, Map.of("kode", "00", "pesan", message, "data",
                acceptedData(type, id, sequence, details)));
    }

    private Map<String, Object> acceptedData(String type, String id, int sequence, Map<String, Object> details) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idPermohonan", id);
        data.put("noAgenda", "54310" + AGENDA_DATE.format(today) + String.format("%05d", sequence));
        data.put("jenis", type);
        data.put("status", "DITERIMA");
        data.put("tanggal", today.toString());
        data.putAll(details);
        return data;
    }

    private static boolean same(String sent, String expected) {
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /** A missing or malformed field; its name is the message. */
    private static final class InvalidParameter extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidParameter(String field) {
            super(field, null, false, false);
        }
    }

    /** Typed access to the body's fields, each failing with its name. */
    private record Fields(JsonNode body) {

        String text(String name, int min, int max) {
            JsonNode value = body.get(name);
            if (value == null || !value.isTextual() || value.asText().strip().length() < min
                    || value.asText().length() > max) {
                throw new InvalidParameter(name);
            }
            return value.asText().strip();
        }

        String matching(String name, String pattern) {
            String value = text(name, 1, 64);
            if (!value.matches(pattern)) {
                throw new InvalidParameter(name);
            }
            return value;
        }

        double number(String name, double min, double max) {
            JsonNode value = body.get(name);
            if (value == null || !value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
                throw new InvalidParameter(name);
            }
            return value.asDouble();
        }

        int oneOf(String name, List<Integer> allowed) {
            JsonNode value = body.get(name);
            if (value == null || !value.isInt() || !allowed.contains(value.asInt())) {
                throw new InvalidParameter(name);
            }
            return value.asInt();
        }

        void product() {
            String value = text("produk", 8, 10);
            if (!value.equals("PRABAYAR") && !value.equals("PASCABAYAR")) {
                throw new InvalidParameter("produk");
            }
        }
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.dinsos;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;
import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.dinsos.DtksRegister.Household;
import id.go.tangerangkota.mpp.hub.sandbox.dinsos.DtksRegister.PbiMembership;
import id.go.tangerangkota.mpp.hub.sandbox.dinsos.DtksRegister.Programme;

/**
 * The three Dinsos services: {@code /dtks/cek} (the household's register entry and programmes,
 * paginated in {@code meta}/{@code data}), {@code /dtks/usulan} (a registration proposal) and
 * {@code /pbi/reaktivasi} (a PBI-JK reactivation proposal). Proposals are deduplicated on
 * {@code idPermohonanMpp}: a known id gets its first answer and registers nothing new.
 */
final class DinsosServices {

    static final String CHECK = "/dtks/cek";
    static final String REGISTRATION = "/dtks/usulan";
    static final String REACTIVATION = "/pbi/reaktivasi";
    static final Set<String> PATHS = Set.of(CHECK, REGISTRATION, REACTIVATION);
    /** Invented criterion: above this monthly income per household member a proposal is refused. */
    static final long MAX_INCOME_PER_MEMBER = 1_500_000L;
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Set<String> PROGRAMMES = Set.of("PKH", "BPNT", "PBI-JK", "BLT", "PIP");

    private final DtksRegister register;
    private final RequestLedger<Map<String, Object>> applications;
    private final CitizenRegistry citizens;
    private final Clock clock;

    DinsosServices(DtksRegister register, RequestLedger<Map<String, Object>> applications, CitizenRegistry citizens, Clock clock) {
        this.register = register;
        this.applications = applications;
        this.citizens = citizens;
        this.clock = clock;
    }

    Map<String, Object> answer(String path, JsonNode body) {
        return switch (path) {
            case CHECK -> check(body);
            case REGISTRATION -> deduplicated(body, "USULAN_DTKS", () -> registration(body));
            default -> deduplicated(body, "REAKTIVASI_PBI", () -> reactivation(body));
        };
    }

    private Map<String, Object> check(JsonNode body) {
        String nik = digits(body, "nik", 16);
        text(body, "keperluan");
        List<String> wanted = new ArrayList<>();
        JsonNode programmes = body.get("program");
        if (programmes != null && !programmes.isNull()) {
            if (!programmes.isArray()) {
                throw DinsosRejection.invalid("program");
            }
            programmes.forEach(p -> {
                if (!PROGRAMMES.contains(p.asText())) {
                    throw DinsosRejection.invalid("program");
                }
                wanted.add(p.asText());
            });
        }
        int page = positive(body, "halaman", 1);
        int perPage = Math.min(positive(body, "perHalaman", 10), 100);
        Optional<Household> household = register.householdOf(citizens, nik);
        if (household.isEmpty()) {
            Optional<String> pending = citizens.byNik(nik).flatMap(c -> register.pendingProposal(c.familyCardNumber()));
            throw new DinsosRejection(404, "01", pending
                    .map(n -> "NIK tidak terdaftar dalam DTKS/DTSEN; usulan " + n + " dalam verifikasi")
                    .orElse("NIK tidak terdaftar dalam DTKS/DTSEN"));
        }
        Household h = household.get();
        List<Map<String, Object>> rows = h.programmes().stream()
                .filter(p -> wanted.isEmpty() || wanted.contains(p.code()))
                .map(this::row).toList();
        int pages = Math.max(1, (rows.size() + perPage - 1) / perPage);
        List<Map<String, Object>> slice = rows.subList(Math.min(rows.size(), (page - 1) * perPage),
                Math.min(rows.size(), page * perPage));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("halaman", page);
        meta.put("perHalaman", perPage);
        meta.put("totalHalaman", pages);
        meta.put("totalData", rows.size());
        Map<String, Object> householdView = new LinkedHashMap<>();
        householdView.put("idDtks", h.idDtks());
        householdView.put("statusDtks", "TERDAFTAR");
        householdView.put("sumberData", "DTSEN");
        householdView.put("desil", h.decile());
        householdView.put("periodePemutakhiran", h.updatePeriod());
        householdView.put("jumlahArt", citizens.familyMembers(h.familyCardNumber()).size());
        Map<String, Object> answer = success("Data ditemukan");
        answer.put("rumahTangga", householdView);
        answer.put("meta", meta);
        answer.put("data", slice);
        return answer;
    }

    private Map<String, Object> row(Programme p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kodeProgram", p.code());
        row.put("namaProgram", p.name());
        row.put("statusPenerima", p.status());
        row.put("namaPenerima", citizens.byNik(p.beneficiaryNik()).map(Citizen::fullName).orElse(null));
        String note = p.note();
        if ("PBI-JK".equals(p.code())) {
            String proposal = register.pbi(p.beneficiaryNik()).map(PbiMembership::reactivationNumber).orElse(null);
            if (proposal != null) {
                note = note + "; reaktivasi diusulkan (" + proposal + ")";
            }
        }
        row.put("keterangan", note);
        return row;
    }

    private Map<String, Object> deduplicated(JsonNode body, String kind, java.util.function.Supplier<Map<String, Object>> work) {
        JsonNode idNode = body.get("idPermohonanMpp");
        if (idNode != null && idNode.isTextual()) {
            applications.recordCall(idNode.asText());
        }
        String id = text(body, "idPermohonanMpp");
        if (id.length() > 64) {
            throw DinsosRejection.invalid("idPermohonanMpp");
        }
        synchronized (register) {
            Optional<Map<String, Object>> earlier = applications.answer(id);
            if (earlier.isPresent()) {
                return new LinkedHashMap<>(earlier.get());
            }
            Map<String, Object> answer = work.get();
            applications.remember(id, kind, answer);
            return answer;
        }
    }

    private Map<String, Object> registration(JsonNode body) {
        String id = text(body, "idPermohonanMpp");
        String nik = digits(body, "nikPengusul", 16);
        String kk = digits(body, "noKk", 16);
        long size = number(body, "jumlahArt");
        long income = number(body, "penghasilanBulanan");
        JsonNode house = body.get("rumah");
        if (house == null || !house.isObject()) {
            throw DinsosRejection.incomplete("rumah");
        }
        for (String field : List.of("statusKepemilikan", "jenisDinding")) {
            text(house, field);
        }
        number(house, "dayaListrikVa");
        if (!house.path("luasLantaiM2").isNumber()) {
            throw DinsosRejection.incomplete("rumah.luasLantaiM2");
        }
        String phone = text(body, "noHp");
        if (!phone.matches("08[0-9]{8,11}")) {
            throw DinsosRejection.invalid("noHp");
        }
        if (size < 1) {
            throw DinsosRejection.invalid("jumlahArt");
        }
        List<Citizen> members = citizens.familyMembers(kk);
        if (members.isEmpty() || !kk.startsWith("3671")) {
            throw DinsosRejection.refused("21", "Nomor KK tidak ditemukan pada data kependudukan Kota Tangerang");
        }
        if (members.stream().noneMatch(m -> m.nik().equals(nik))) {
            throw DinsosRejection.refused("22", "NIK pengusul tidak tercantum dalam Kartu Keluarga");
        }
        if (register.household(kk).isPresent()) {
            throw DinsosRejection.refused("23", "Rumah tangga sudah terdaftar dalam DTKS/DTSEN");
        }
        Optional<String> pending = register.pendingProposal(kk);
        if (pending.isPresent()) {
            throw DinsosRejection.refused("24", "Usulan untuk KK ini masih dalam verifikasi (" + pending.get() + ")");
        }
        if (income / size > MAX_INCOME_PER_MEMBER) {
            throw DinsosRejection.refused("25", "Penghasilan per anggota rumah tangga di atas batas kriteria (Rp1.500.000)");
        }
        LocalDate today = LocalDate.now(clock);
        String number = String.format("USL-%s-%06d", COMPACT.format(today), applications.nextSequence());
        register.propose(kk, number);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idPermohonanMpp", id);
        data.put("noUsulan", number);
        data.put("tglUsulan", today.toString());
        data.put("statusUsulan", "MENUNGGU VERIFIKASI KELURAHAN");
        data.put("kelurahan", members.get(0).address().kelurahan());
        data.put("jadwalKunjungan", workingDaysAfter(today, 3).toString());
        Map<String, Object> answer = success("Usulan diterima");
        answer.put("data", data);
        return answer;
    }

    private Map<String, Object> reactivation(JsonNode body) {
        String id = text(body, "idPermohonanMpp");
        String nik = digits(body, "nik", 16);
        String card = digits(body, "noKartuJkn", 13);
        String reason = text(body, "alasan");
        if (!Set.of("BUTUH_PERAWATAN", "PENYAKIT_KRONIS", "PENYAKIT_KATASTROPIK", "KEDARURATAN", "LAINNYA").contains(reason)) {
            throw DinsosRejection.invalid("alasan");
        }
        if (register.householdOf(citizens, nik).isEmpty()) {
            throw DinsosRejection.refused("31", "NIK tidak terdaftar dalam DTKS/DTSEN, reaktivasi PBI-JK tidak dapat diusulkan");
        }
        PbiMembership membership = register.pbi(nik).filter(m -> m.cardNumber().equals(card))
                .orElseThrow(() -> DinsosRejection.refused("32", "Nomor kartu JKN tidak sesuai dengan NIK peserta PBI-JK"));
        if (membership.active()) {
            throw DinsosRejection.refused("33", "Kepesertaan PBI-JK masih aktif");
        }
        if (membership.reactivationNumber() != null) {
            throw DinsosRejection.refused("34", "Reaktivasi sudah diusulkan (" + membership.reactivationNumber() + ")");
        }
        LocalDate today = LocalDate.now(clock);
        String number = String.format("RPBI-%s-%06d", COMPACT.format(today), applications.nextSequence());
        register.reactivationProposed(nik, number);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idPermohonanMpp", id);
        data.put("noUsulan", number);
        data.put("tglUsulan", today.toString());
        data.put("noKartuJkn", card);
        data.put("statusUsulan", "DIUSULKAN KE KEMENSOS DAN BPJS KESEHATAN");
        data.put("perkiraanAktif", workingDaysAfter(today, 3).toString());
        Map<String, Object> answer = success("Usulan reaktivasi diterima");
        answer.put("data", data);
        return answer;
    }

    private static LocalDate workingDaysAfter(LocalDate day, int days) {
        LocalDate d = day;
        for (int left = days; left > 0;) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    private static Map<String, Object> success(String pesan) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "sukses");
        answer.put("kode", "00");
        answer.put("pesan", pesan);
        return answer;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            throw DinsosRejection.incomplete(field);
        }
        if (!value.isTextual()) {
            throw DinsosRejection.invalid(field);
        }
        return value.asText();
    }

    private static String digits(JsonNode body, String field, int length) {
        String value = text(body, field);
        if (!value.matches("[0-9]{" + length + "}")) {
            throw DinsosRejection.invalid(field);
        }
        return value;
    }

    private static long number(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw DinsosRejection.incomplete(field);
        }
        if (!value.isIntegralNumber() || value.asLong() < 0) {
            throw DinsosRejection.invalid(field);
        }
        return value.asLong();
    }

    private static int positive(JsonNode body, String field, int fallback) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || value.asInt() < 1) {
            throw DinsosRejection.invalid(field);
        }
        return value.asInt();
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.atrbpn;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;
import id.go.tangerangkota.mpp.hub.sandbox.Kecamatan;

/**
 * {@code POST /pengecekan-sertipikat}: checks a certificate against the land book. A certificate
 * the land book holds gives a file (done the same day in the sandbox) with the finding
 * {@code SESUAI} and what is recorded on the right: mortgages, blocks, files in process. What does
 * not match the land book is refused (E204-E206).
 */
final class CertificateCheckService implements AtrBpnService {

    /** PNBP pengecekan sertipikat per certificate (PP 128/2015). */
    static final long PNBP = 50_000L;
    private static final Set<String> RIGHTS = Set.of("HM", "HGB", "HP", "HGU", "HMSRS", "WAKAF");

    private final LandOffice office;
    private final CitizenRegistry citizens;
    private final Clock clock;

    CertificateCheckService(LandOffice office, CitizenRegistry citizens, Clock clock) {
        this.office = office;
        this.citizens = citizens;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/pengecekan-sertipikat";
    }

    @Override
    public List<Map<String, Object>> answer(JsonNode body) {
        String requestNumber = AtrBpnService.text(body, "nomorPermohonanMitra");
        String nik = AtrBpnService.text(body, "nikPemohon");
        String rightType = AtrBpnService.text(body, "sertipikat.jenisHak").toUpperCase(Locale.ROOT);
        if (!RIGHTS.contains(rightType)) {
            throw AtrBpnRejection.incomplete("sertipikat.jenisHak");
        }
        String rightNumber = AtrBpnService.text(body, "sertipikat.nomorHak");
        String kelurahan = AtrBpnService.text(body, "sertipikat.kelurahan").toUpperCase(Locale.ROOT);
        String kecamatan = AtrBpnService.text(body, "sertipikat.kecamatan").toUpperCase(Locale.ROOT);
        String nib = body.path("sertipikat").path("nib").asText("");
        AtrBpnService.text(body, "keperluan");
        return List.of(office.once(requestNumber, () -> check(nik, rightType, rightNumber, kelurahan, kecamatan, nib)));
    }

    private Map<String, Object> check(String nik, String rightType, String rightNumber, String kelurahan,
            String kecamatan, String nib) {
        if (citizens.byNik(nik).isEmpty()) {
            throw AtrBpnRejection.refused(AtrBpnRejection.UNKNOWN_NIK, "NIK pemohon tidak ditemukan pada data kependudukan");
        }
        boolean inKecamatan = java.util.Arrays.stream(Kecamatan.values())
                .anyMatch(k -> k.siakName().equals(kecamatan) && k.kelurahan().contains(kelurahan));
        if (!inKecamatan) {
            throw AtrBpnRejection.refused(AtrBpnRejection.KELURAHAN_NOT_IN_KECAMATAN,
                    "Kelurahan " + kelurahan + " tidak berada di Kecamatan " + kecamatan);
        }
        Parcel parcel = office.parcel(rightType, rightNumber, kelurahan).orElseThrow(() -> AtrBpnRejection.refused(
                AtrBpnRejection.NOT_IN_LAND_BOOK, "Sertipikat " + rightType + " " + rightNumber + " Kelurahan " + kelurahan
                        + " tidak terdaftar pada buku tanah Kantor Pertanahan Kota Tangerang"));
        if (!nib.isBlank() && !nib.equals(parcel.nib())) {
            throw AtrBpnRejection.refused(AtrBpnRejection.NIB_MISMATCH,
                    "NIB tidak sesuai dengan buku tanah untuk " + parcel.key());
        }
        List<String> notes = new ArrayList<>(parcel.encumbrances());
        office.openFilesOn(parcel.key()).forEach(f -> notes.add(
                "Berkas " + f.reference() + " (" + f.procedure() + ") sedang diproses"));
        LandFile file = office.openCheck(parcel.key(), nik, OffsetDateTime.now(clock));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("nomorBerkas", file.number());
        r.put("tahunBerkas", file.year());
        r.put("tanggalPermohonan", file.received().toString());
        r.put("objekHak", parcel.key());
        r.put("nib", parcel.nib());
        r.put("luasM2", parcel.areaM2());
        r.put("hasilPengecekan", "SESUAI");
        r.put("catatanBukuTanah", notes);
        r.put("pnbp", PNBP);
        r.put("statusBerkas", file.state());
        return r;
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.disnaker;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.sandbox.disnaker.JobSeekerRegister.Card;
import id.go.tangerangkota.mpp.hub.sandbox.disnaker.JobSeekerRegister.Registration;

/**
 * {@code POST /ak1/penerbitan}: issues the job-seeker card (AK/1, kartu kuning) to a Kota Tangerang
 * resident registered in SIAPkerja, as the Disnaker counter does. In order, it refuses: a NIK from
 * outside Kota Tangerang (T-13, the card is issued where the job seeker lives), a job-seeker number
 * SIAPkerja does not know (T-11) or that belongs to another NIK (T-12), a citizen who still holds a
 * valid card (T-14, naming it and its end of validity, as the office would tell him), a diploma
 * year still to come (T-15). A card is valid for two years; the holder reports every six months.
 */
final class Ak1Service implements DisnakerService {

    static final Set<String> LEVELS = Set.of("SD", "SMP", "SMA", "SMK", "D-I", "D-II", "D-III", "D-IV", "S-1", "S-2", "S-3");
    static final Set<String> MARITAL = Set.of("BELUM KAWIN", "KAWIN", "CERAI HIDUP", "CERAI MATI");
    static final String PICKUP = "Loket Disnaker, Mal Pelayanan Publik Kota Tangerang";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final JobSeekerRegister register;
    private final Clock clock;

    Ak1Service(JobSeekerRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/ak1/penerbitan";
    }

    @Override
    public String kind() {
        return DisnakerLedger.AK1;
    }

    @Override
    public Registered register(JsonNode body, String transactionId) {
        String nik = Fields.digits(body, "pencaker.nik", 16);
        String number = Fields.digits(body, "pencaker.nomorPencaker", 13);
        Fields.oneOf(body, "pencaker.statusPerkawinan", MARITAL);
        Fields.integer(body, "pencaker.tinggiBadanCm", 100, 230);
        Fields.integer(body, "pencaker.beratBadanKg", 25, 250);
        String level = Fields.oneOf(body, "pendidikan.jenjang", LEVELS);
        Fields.text(body, "pendidikan.jurusan", 100);
        Fields.text(body, "pendidikan.namaSekolah", 100);
        int graduated = Fields.integer(body, "pendidikan.tahunLulus", 1950, 2100);
        Fields.optionalNumber(body, "pendidikan.nilaiAkhir", 0, 100);
        List<String> skills = Fields.texts(body, "keterampilan", 10, 60);
        Fields.texts(body, "jabatanDiminati", 3, 60);
        LocalDate today = LocalDate.now(clock);

        if (!nik.startsWith("3671")) {
            throw DisnakerRejection.refused(DisnakerRejection.NOT_RESIDENT,
                    "Pemohon tidak berdomisili di Kota Tangerang (kode wilayah NIK bukan 3671); "
                            + "Kartu AK/1 diterbitkan oleh Disnaker kabupaten/kota domisili pemohon");
        }
        Registration registration = register.registration(number).orElseThrow(() -> DisnakerRejection.refused(
                DisnakerRejection.NOT_REGISTERED, "Nomor pendaftaran pencari kerja " + number
                        + " tidak terdaftar di SIAPkerja; daftar terlebih dahulu secara daring"));
        if (!registration.nik().equals(nik)) {
            throw DisnakerRejection.refused(DisnakerRejection.OTHER_NIK,
                    "Nomor pendaftaran pencari kerja " + number + " terdaftar atas NIK lain");
        }
        Optional<Card> held = register.validCard(nik, today);
        if (held.isPresent()) {
            throw DisnakerRejection.refused(DisnakerRejection.CARD_HELD, "Pemohon masih memiliki Kartu AK/1 yang berlaku: "
                    + held.get().number() + ", berlaku s.d. " + DAY.format(held.get().validUntil())
                    + "; kartu baru dapat diterbitkan setelah masa berlaku habis");
        }
        if (graduated > today.getYear()) {
            throw DisnakerRejection.refused(DisnakerRejection.NOT_GRADUATED, "Tahun lulus " + graduated
                    + " belum tercapai; Kartu AK/1 memerlukan ijazah yang sudah terbit");
        }
        boolean renewal = !register.cards(nik).isEmpty();
        Card card = register.issue(nik, number, today);
        Map<String, Object> hasil = new LinkedHashMap<>();
        hasil.put("idTransaksiMitra", transactionId);
        hasil.put("nomorKartu", card.number());
        hasil.put("nomorPencaker", number);
        hasil.put("jenisPenerbitan", renewal ? "PERPANJANGAN" : "BARU");
        hasil.put("pendidikanTerakhir", level);
        hasil.put("jumlahKeterampilan", skills.size());
        hasil.put("tanggalTerbit", card.issuedOn().toString());
        hasil.put("berlakuSampai", card.validUntil().toString());
        hasil.put("wajibLaporBerikutnya", today.plus(JobSeekerRegister.REPORT_EVERY).toString());
        hasil.put("tempatPengambilan", PICKUP);
        return new Registered("Kartu AK/1 diterbitkan", hasil);
    }
}

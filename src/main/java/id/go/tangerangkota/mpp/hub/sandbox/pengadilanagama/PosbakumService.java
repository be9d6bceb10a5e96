package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;
import id.go.tangerangkota.mpp.hub.sandbox.XmlRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * {@code POST /pengadilan-agama/ptsp/api/posbakum/antrian}: books a session at the legal-aid post.
 * The partner's reference ({@code nomor_referensi}, the hub's request id) is deduplicated: the same
 * one again answers the first booking. Checks the NIK (451) and the fields (422); answers the queue
 * number and the session (a working day, within court hours).
 */
final class PosbakumService implements PaService {

    static final Set<String> JENIS = Set.of("PERCERAIAN", "ITSBAT_NIKAH", "DISPENSASI_KAWIN", "WARIS", "HAK_ASUH_ANAK",
            "HARTA_BERSAMA", "WALI_ADHAL", "LAINNYA");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");

    private final RequestLedger<XmlElement> ledger;
    private final CitizenRegistry citizens;
    private final Clock clock;
    private final PosbakumSchedule schedule;

    PosbakumService(RequestLedger<XmlElement> ledger, CitizenRegistry citizens, Clock clock, PosbakumSchedule schedule) {
        this.ledger = ledger;
        this.citizens = citizens;
        this.clock = clock;
        this.schedule = schedule;
    }

    @Override
    public String path() {
        return "/posbakum/antrian";
    }

    @Override
    public void observe(XmlRequest request) {
        request.optional("nomor_referensi").ifPresent(ledger::recordCall);
    }

    @Override
    public XmlElement answer(XmlRequest request) {
        String ref = request.required("nomor_referensi");
        if (ref.length() > 64) {
            throw PaRejection.invalid("nomor_referensi");
        }
        String nik = request.matching("nik", "[0-9]{16}");
        String preferredText = request.required("tanggal_diminta");
        synchronized (ledger) {
            var earlier = ledger.earlier(ref, "POSBAKUM", nik + "|" + preferredText);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            String jenis = request.required("jenis_perkara");
            if (!JENIS.contains(jenis)) {
                throw PaRejection.invalid("jenis_perkara");
            }
            if (request.required("uraian").length() < 20) {
                throw PaRejection.invalid("uraian");
            }
            request.matching("telepon", "08[0-9]{8,11}");
            String prodeo = request.optional("prodeo").orElse("TIDAK");
            if (!prodeo.equals("YA") && !prodeo.equals("TIDAK")) {
                throw PaRejection.invalid("prodeo");
            }
            LocalDate preferred;
            try {
                preferred = LocalDate.parse(preferredText);
            } catch (DateTimeParseException e) {
                throw PaRejection.invalid("tanggal_diminta");
            }
            if (citizens.byNik(nik).isEmpty()) {
                throw new PaRejection(PaRejection.NIK_UNKNOWN, "NIK TIDAK TERDAFTAR DI DUKCAPIL");
            }
            LocalDate today = LocalDate.now(clock);
            PosbakumSchedule.Slot slot = schedule.book(today, preferred);
            String number = String.format("PBH-%s-%03d", DAY.format(slot.day()), slot.queueNumber());
            XmlElement item = new XmlElement("item")
                    .leaf("nomor_referensi", ref)
                    .leaf("nomor_antrian", number)
                    .leaf("layanan", "POSBAKUM")
                    .leaf("jenis_perkara", jenis)
                    .leaf("tanggal_daftar", today.toString())
                    .leaf("tanggal_sesi", slot.day().toString())
                    .leaf("jam_mulai", slot.start().toString())
                    .leaf("jam_selesai", slot.end().toString())
                    .leaf("ruang", "POS BANTUAN HUKUM, GEDUNG PTSP PENGADILAN AGAMA TANGERANG")
                    .leaf("prodeo", prodeo);
            XmlElement answer = PaService.page("PENDAFTARAN POSBAKUM BERHASIL", List.of(item));
            ledger.remember(ref, "POSBAKUM", nik + "|" + preferredText, answer);
            return answer;
        }
    }
}

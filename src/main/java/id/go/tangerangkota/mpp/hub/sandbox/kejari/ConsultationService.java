package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;
import id.go.tangerangkota.mpp.hub.sandbox.XmlRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * {@code POST /kejari/ptsp/v1/konsultasi-hukum}: books a free consultation with a Jaksa Pengacara
 * Negara. Checks the field (bidang), session, day and phone (32); answers the booking number and
 * the slot (a working day, within office hours), which may differ from the day asked for.
 */
final class ConsultationService extends KejariApplication {

    static final Set<String> BIDANG = Set.of("PERDATA", "TATA_USAHA_NEGARA", "WARIS", "PERTANAHAN",
            "KETENAGAKERJAAN", "KELUARGA", "LAINNYA");

    private final ConsultationSchedule schedule;

    ConsultationService(RequestLedger<XmlElement> ledger, CitizenRegistry citizens, Clock clock, ConsultationSchedule schedule) {
        super(ledger, citizens, clock);
        this.schedule = schedule;
    }

    @Override
    public String path() {
        return "/konsultasi-hukum";
    }

    @Override
    String kind() {
        return "KONSULTASI_HUKUM";
    }

    @Override
    String prefix() {
        return "KH";
    }

    @Override
    String fingerprint(XmlRequest request) {
        return request.optional("tanggal_diminta").orElse("") + "|" + request.optional("sesi").orElse("");
    }

    @Override
    void register(XmlRequest request, String nik, LocalDate today, XmlElement data) {
        String bidang = request.required("bidang");
        if (!BIDANG.contains(bidang)) {
            throw KejariRejection.invalid("bidang");
        }
        String kronologi = request.required("kronologi");
        if (kronologi.length() < 20) {
            throw KejariRejection.invalid("kronologi");
        }
        String sesi = request.required("sesi");
        if (!sesi.equals("PAGI") && !sesi.equals("SIANG")) {
            throw KejariRejection.invalid("sesi");
        }
        request.matching("telepon", "08[0-9]{8,11}");
        LocalDate preferred;
        try {
            preferred = LocalDate.parse(request.required("tanggal_diminta"));
        } catch (DateTimeParseException e) {
            throw KejariRejection.invalid("tanggal_diminta");
        }
        ConsultationSchedule.Slot slot = schedule.book(today, preferred, sesi);
        data.leaf("bidang", bidang);
        data.child("jadwal")
                .leaf("tanggal", slot.day().toString())
                .leaf("jam_mulai", slot.start().toString())
                .leaf("jam_selesai", slot.end().toString())
                .leaf("sesi", sesi)
                .leaf("tempat", "RUANG PELAYANAN HUKUM GRATIS, KEJARI KOTA TANGERANG");
        data.leaf("petugas", "JAKSA PENGACARA NEGARA, SEKSI PERDATA DAN TATA USAHA NEGARA");
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;
import id.go.tangerangkota.mpp.hub.sandbox.XmlRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * What Kejari's two bookings share: the partner's request id ({@code id_permintaan}, the hub's
 * request id; a known one gets its first answer and registers nothing new), the applicant's NIK
 * in the population register (21), numbering ({@code KH-20261122-0001}), all under one lock.
 */
abstract class KejariApplication implements KejariService {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final int MAX_ID = 64;

    private final RequestLedger<XmlElement> ledger;
    private final CitizenRegistry citizens;
    private final Clock clock;

    KejariApplication(RequestLedger<XmlElement> ledger, CitizenRegistry citizens, Clock clock) {
        this.ledger = ledger;
        this.citizens = citizens;
        this.clock = clock;
    }

    /** KONSULTASI_HUKUM or PENGAMBILAN_BARANG_BUKTI. */
    abstract String kind();

    /** The registration number's prefix. */
    abstract String prefix();

    /** What makes two requests under one id the same request. */
    abstract String fingerprint(XmlRequest request);

    /** Checks and registers; returns the {@code <data>} content after the number. */
    abstract void register(XmlRequest request, String nik, LocalDate today, XmlElement data);

    @Override
    public void observe(XmlRequest request) {
        request.optional("id_permintaan").ifPresent(ledger::recordCall);
    }

    @Override
    public final XmlElement answer(XmlRequest request) {
        String id = request.required("id_permintaan");
        if (id.length() > MAX_ID) {
            throw KejariRejection.invalid("id_permintaan");
        }
        String nik = request.matching("nik", "[0-9]{16}");
        synchronized (ledger) {
            var earlier = ledger.earlier(id, kind(), nik + "|" + fingerprint(request));
            if (earlier.isPresent()) {
                return earlier.get();
            }
            if (citizens.byNik(nik).isEmpty()) {
                throw new KejariRejection(KejariRejection.NIK_UNKNOWN, "NIK PEMOHON TIDAK TERDAFTAR");
            }
            LocalDate today = LocalDate.now(clock);
            XmlElement answer = KejariService.success("PERMOHONAN DITERIMA");
            XmlElement data = answer.child("data");
            data.leaf("id_permintaan", id)
                    .leaf("nomor_registrasi", String.format("%s-%s-%04d", prefix(), DAY.format(today), ledger.nextSequence()))
                    .leaf("jenis_layanan", kind())
                    .leaf("tanggal_registrasi", today.toString());
            register(request, nik, today, data);
            ledger.remember(id, kind(), nik + "|" + fingerprint(request), answer);
            return answer;
        }
    }
}

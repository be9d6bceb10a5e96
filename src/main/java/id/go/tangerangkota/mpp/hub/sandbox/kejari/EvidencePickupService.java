package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;
import id.go.tangerangkota.mpp.hub.sandbox.XmlRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * {@code POST /kejari/ptsp/v1/tilang/barang-bukti}: books collection of the evidence held for a
 * ticket. Refusals in Kejari's order: unknown ticket (10), fine unpaid (12), another BRIVA code
 * (13), other evidence held (14), already collected or booked (15), someone else without a power
 * of attorney (16). The collection window is the next working day, 09:00-14:00.
 */
final class EvidencePickupService extends KejariApplication {

    static final Set<String> TYPES = Set.of("SIM", "STNK", "KENDARAAN");
    static final LocalTime FROM = LocalTime.of(9, 0);
    static final LocalTime UNTIL = LocalTime.of(14, 0);

    private final TilangRegister register;

    EvidencePickupService(RequestLedger<XmlElement> ledger, CitizenRegistry citizens, Clock clock, TilangRegister register) {
        super(ledger, citizens, clock);
        this.register = register;
    }

    @Override
    public String path() {
        return "/tilang/barang-bukti";
    }

    @Override
    String kind() {
        return "PENGAMBILAN_BARANG_BUKTI";
    }

    @Override
    String prefix() {
        return "BB";
    }

    @Override
    String fingerprint(XmlRequest request) {
        return request.optional("nomor_register").orElse("") + "|" + request.optional("jenis_barang_bukti").orElse("");
    }

    @Override
    void register(XmlRequest request, String nik, LocalDate today, XmlElement data) {
        String number = request.matching("nomor_register", "[A-Z]{1,2}[0-9]{7,10}");
        String type = request.required("jenis_barang_bukti");
        if (!TYPES.contains(type)) {
            throw KejariRejection.invalid("jenis_barang_bukti");
        }
        String briva = request.matching("kode_briva", "[0-9]{15,18}");
        boolean kuasa = "Y".equals(request.optional("kuasa").orElse("T"));
        Tilang tilang = register.byNumber(number).orElseThrow(() -> new KejariRejection(
                KejariRejection.UNKNOWN_TICKET, "NOMOR REGISTER TILANG TIDAK DITEMUKAN"));
        if (register.paidOn(number).isEmpty()) {
            throw new KejariRejection(KejariRejection.NOT_PAID, "DENDA TILANG BELUM DIBAYAR");
        }
        if (!tilang.kodeBriva().equals(briva)) {
            throw new KejariRejection(KejariRejection.PAYMENT_DIFFERS, "KODE PEMBAYARAN (BRIVA) TIDAK SESUAI");
        }
        if (!tilang.barangBukti().equals(type)) {
            throw new KejariRejection(KejariRejection.EVIDENCE_DIFFERS,
                    "BARANG BUKTI YANG DISITA ADALAH " + tilang.barangBukti() + ", BUKAN " + type);
        }
        if (!tilang.nik().equals(nik) && !kuasa) {
            throw new KejariRejection(KejariRejection.PROXY_NEEDED, "PENGAMBILAN OLEH PIHAK LAIN WAJIB SURAT KUASA");
        }
        if (!register.book(number)) {
            throw new KejariRejection(KejariRejection.ALREADY_COLLECTED, "BARANG BUKTI SUDAH DIAMBIL ATAU DIJADWALKAN");
        }
        LocalDate day = OfficeCalendar.workingDayFrom(today.plusDays(1));
        data.leaf("nomor_register", number).leaf("barang_bukti", type);
        data.child("jadwal")
                .leaf("tanggal", day.toString())
                .leaf("jam_mulai", FROM.toString())
                .leaf("jam_selesai", UNTIL.toString())
                .leaf("tempat", "LOKET BARANG BUKTI TILANG, KEJARI KOTA TANGERANG");
    }
}

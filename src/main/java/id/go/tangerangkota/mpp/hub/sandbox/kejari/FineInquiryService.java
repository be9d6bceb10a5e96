package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;
import id.go.tangerangkota.mpp.hub.sandbox.XmlRequest;

/**
 * {@code POST /kejari/ptsp/v1/tilang/denda}: the verdict of a ticket, whether the fine is paid,
 * and the evidence held. Unknown ticket 10; a plate given that is not the ticket's 11. No NIK is
 * needed: like the public e-tilang lookup, the ticket number is the key.
 */
final class FineInquiryService implements KejariService {

    private final TilangRegister register;

    FineInquiryService(TilangRegister register) {
        this.register = register;
    }

    @Override
    public String path() {
        return "/tilang/denda";
    }

    @Override
    public XmlElement answer(XmlRequest request) {
        String number = request.matching("nomor_register", "[A-Z]{1,2}[0-9]{7,10}");
        Tilang t = register.byNumber(number).orElseThrow(() -> new KejariRejection(
                KejariRejection.UNKNOWN_TICKET, "NOMOR REGISTER TILANG TIDAK DITEMUKAN"));
        var plate = request.optional("nopol");
        if (plate.isPresent() && !plate.get().equalsIgnoreCase(t.nopol())) {
            throw new KejariRejection(KejariRejection.PLATE_DIFFERS, "NOMOR POLISI TIDAK SESUAI DENGAN REGISTER TILANG");
        }
        var paid = register.paidOn(number);
        XmlElement answer = KejariService.success("DATA DITEMUKAN");
        XmlElement tilang = answer.child("data").child("tilang");
        tilang.leaf("nomor_register", t.nomorRegister())
                .leaf("nama_pelanggar", t.nama())
                .leaf("nopol", t.nopol())
                .leaf("pasal", t.pasal())
                .leaf("tanggal_sidang", t.tanggalSidang().toString())
                .leaf("denda", t.denda())
                .leaf("biaya_perkara", t.biayaPerkara())
                .leaf("status_bayar", paid.isPresent() ? "LUNAS" : "BELUM_BAYAR")
                .leaf("kode_briva", t.kodeBriva());
        paid.ifPresent(day -> tilang.leaf("tanggal_bayar", day.toString()));
        tilang.child("barang_bukti").leaf("jenis", t.barangBukti()).leaf("status", register.evidenceState(number));
        return answer;
    }
}

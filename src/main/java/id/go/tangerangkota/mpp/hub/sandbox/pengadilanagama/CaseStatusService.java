package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;
import id.go.tangerangkota.mpp.hub.sandbox.XmlRequest;

import java.util.List;

/**
 * {@code POST /pengadilan-agama/ptsp/api/sipp/perkara}: a case by number, for a party to it. An
 * unknown number is an empty page (kode 200, total_data 0); a NIK that is not a party is 403. The
 * answer never lists the parties.
 */
final class CaseStatusService implements PaService {

    static final String CASE_NUMBER = "[0-9]{1,5}/Pdt\\.(G|P)/20[0-9]{2}/PA\\.Tng";

    private final CaseRegister register;

    CaseStatusService(CaseRegister register) {
        this.register = register;
    }

    @Override
    public String path() {
        return "/sipp/perkara";
    }

    @Override
    public XmlElement answer(XmlRequest request) {
        String number = request.matching("nomor_perkara", CASE_NUMBER);
        String nik = request.matching("nik_pihak", "[0-9]{16}");
        var found = register.byNumber(number);
        if (found.isEmpty()) {
            return PaService.page("DATA PERKARA TIDAK DITEMUKAN", List.of());
        }
        CourtCase c = found.get();
        if (!c.parties().contains(nik)) {
            throw new PaRejection(PaRejection.NOT_A_PARTY, "NIK BUKAN PIHAK DALAM PERKARA");
        }
        XmlElement item = new XmlElement("item")
                .leaf("nomor_perkara", c.nomorPerkara())
                .leaf("jenis_perkara", c.nomorPerkara().contains("Pdt.G") ? "GUGATAN" : "PERMOHONAN")
                .leaf("klasifikasi", c.klasifikasi())
                .leaf("tanggal_pendaftaran", c.tanggalDaftar().toString())
                .leaf("tahapan_terakhir", c.tahapan())
                .leaf("tanggal_tahapan", c.tanggalTahapan().toString())
                .leaf("status_perkara", c.statusPerkara());
        if (c.tanggalPutusan() != null) {
            item.leaf("tanggal_putusan", c.tanggalPutusan().toString());
        }
        if (c.sidangBerikutnya() != null) {
            item.child("sidang_berikutnya").leaf("tanggal", c.sidangBerikutnya().toLocalDate().toString())
                    .leaf("jam", c.sidangBerikutnya().toLocalTime().toString()).leaf("agenda", c.agendaSidang());
        }
        return PaService.page("DATA DITEMUKAN", List.of(item));
    }
}

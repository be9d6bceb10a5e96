package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A card as VClaim's {@code peserta} object shows it on a service date (tglSEP): status and FKTP
 * are those of that date. Field order and the extra fields a consumer must ignore (pisa, umur,
 * informasi, cob, mr, tglCetakKartu) follow the published VClaim answer.
 */
final class PesertaView {

    private PesertaView() {
    }

    static Map<String, Object> of(Participant p, LocalDate serviceDate, LocalDate today) {
        Map<String, Object> peserta = new LinkedHashMap<>();
        peserta.put("noKartu", p.noKartu());
        peserta.put("nik", p.nik());
        peserta.put("nama", p.nama());
        peserta.put("sex", p.sex().name());
        peserta.put("tglLahir", p.tglLahir().toString());
        boolean active = p.activeOn(serviceDate);
        peserta.put("statusPeserta", codeAndText(active ? "0" : "1", active ? "AKTIF" : "TIDAK AKTIF"));
        peserta.put("jenisPeserta", codeAndText(p.segment().kode(), p.segment().keterangan()));
        peserta.put("hakKelas", codeAndText(Integer.toString(p.careClass()), "KELAS " + "I".repeat(p.careClass())));
        peserta.put("provUmum", p.providerOn(serviceDate).asProvUmum());
        peserta.put("tglTAT", p.tglTat().toString());
        peserta.put("tglTMT", p.tglTmt().toString());
        peserta.put("pisa", p.pisa());
        peserta.put("tglCetakKartu", p.tglTmt().toString());
        Map<String, String> umur = new LinkedHashMap<>();
        umur.put("umurSekarang", age(p.tglLahir(), today));
        umur.put("umurSaatPelayanan", age(p.tglLahir(), serviceDate));
        peserta.put("umur", umur);
        Map<String, Object> informasi = new LinkedHashMap<>();
        informasi.put("dinsos", null);
        informasi.put("prolanisPRB", null);
        informasi.put("noSKTM", null);
        peserta.put("informasi", informasi);
        Map<String, Object> cob = new LinkedHashMap<>();
        cob.put("noAsuransi", null);
        cob.put("nmAsuransi", null);
        cob.put("tglTAT", null);
        cob.put("tglTMT", null);
        peserta.put("cob", cob);
        Map<String, Object> mr = new LinkedHashMap<>();
        mr.put("noMR", null);
        mr.put("noTelepon", null);
        peserta.put("mr", mr);
        return peserta;
    }

    private static Map<String, String> codeAndText(String kode, String keterangan) {
        Map<String, String> value = new LinkedHashMap<>();
        value.put("kode", kode);
        value.put("keterangan", keterangan);
        return value;
    }

    /** VClaim's age text, e.g. "35 tahun ,1 bulan ,11 hari". */
    private static String age(LocalDate birth, LocalDate on) {
        Period period = on.isBefore(birth) ? Period.ZERO : Period.between(birth, on);
        return period.getYears() + " tahun ," + period.getMonths() + " bulan ," + period.getDays() + " hari";
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /jamsostek/v1/peserta/status}: a membership and its programmes, by NIK (the active
 * membership, else the latest) or by KPJ number. A POST with a body rather than a GET with the NIK
 * in the URL, so NIKs stay out of the gateway's access logs.
 *
 * <p>A KPJ look-up also carries the NIK, and a KPJ that is not that NIK's is refused (02): the
 * partner may only see the record of the citizen it serves.
 */
final class StatusService implements BpjsTkService {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("uuuuMM");
    private static final Map<String, String> NAMES = Map.of(
            "JHT", "JAMINAN HARI TUA", "JKK", "JAMINAN KECELAKAAN KERJA",
            "JKM", "JAMINAN KEMATIAN", "JP", "JAMINAN PENSIUN");

    private final Participants participants;

    StatusService(Participants participants) {
        this.participants = participants;
    }

    @Override
    public String path() {
        return "/peserta/status";
    }

    @Override
    public Map<String, Object> answer(BpjsTkRequest request) {
        String by = request.required("tipePencarian");
        String nik = request.digits("nik", 16, 16);
        Participant participant = switch (by) {
            case "NIK" -> participants.current(nik).orElseThrow(StatusService::notFound);
            case "KPJ" -> {
                Participant p = participants.byKpj(request.digits("kpj", 11, 11)).orElseThrow(StatusService::notFound);
                if (!p.nik().equals(nik)) {
                    throw new BpjsTkRejection(BpjsTkRejection.NOT_THIS_NIK, "KPJ tidak terdaftar atas NIK yang dikirim");
                }
                yield p;
            }
            default -> throw BpjsTkRequest.invalid("tipePencarian");
        };
        return data(participant);
    }

    private static BpjsTkRejection notFound() {
        return new BpjsTkRejection(BpjsTkRejection.NOT_FOUND, "Data peserta tidak ditemukan");
    }

    static Map<String, Object> data(Participant p) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kpj", p.kpj());
        data.put("nik", p.nik());
        data.put("namaLengkap", p.name());
        data.put("jenisKelamin", p.sex().name());
        data.put("tglLahir", BpjsTkRequest.DATE.format(p.birthDate()));
        data.put("tempatLahir", p.birthPlace());
        data.put("segmen", p.segment().label());
        data.put("statusKepesertaan", p.active() ? "AKTIF" : "NON AKTIF");
        data.put("tglKepesertaan", BpjsTkRequest.DATE.format(p.memberSince()));
        data.put("tglNonAktif", p.leftOn() == null ? null : BpjsTkRequest.DATE.format(p.leftOn()));
        if (p.employerName() != null) {
            Map<String, Object> employer = new LinkedHashMap<>();
            employer.put("npp", p.employerNpp());
            employer.put("namaPerusahaan", p.employerName());
            data.put("perusahaan", employer);
        } else {
            data.put("perusahaan", null);
        }
        data.put("blthIuranTerakhir", p.lastContribution() == null ? null : PERIOD.format(p.lastContribution()));
        List<Map<String, Object>> programmes = new ArrayList<>();
        for (String code : p.programmes()) {
            Map<String, Object> programme = new LinkedHashMap<>();
            programme.put("kodeProgram", code);
            programme.put("namaProgram", NAMES.get(code));
            programme.put("status", p.active() ? "AKTIF" : "NON AKTIF");
            if ("JHT".equals(code)) {
                programme.put("saldo", p.jhtBalance());
                if (p.jhtPaidOut()) {
                    programme.put("keterangan", "SALDO JHT TELAH DIBAYARKAN");
                }
            }
            programmes.add(programme);
        }
        data.put("program", programmes);
        return data;
    }
}

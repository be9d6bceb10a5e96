package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /Kepesertaan/pindahFKTP} (<em>invented</em>: VClaim has no such service): moves a
 * participant, or every card of their family card ({@code sekeluarga = "1"}), to another FKTP from
 * the first day of the next month, as the branch office does.
 *
 * <p>Checks, in order: mandatory fields, a known noRefMitra answered with its first answer, formats,
 * the card exists (201), it is the applicant's (202), it is AKTIF today (202), the new FKTP is known
 * (202) and not the current one (202), and the applicant has been at the current FKTP for at least
 * three months (202). A change approved earlier and not yet effective is replaced by the new one.
 */
final class PrimaryCareChangeService {

    static final String TYPE = "PINDAH FKTP";

    private final Participants participants;
    private final MembershipApplications applications;
    private final Clock clock;

    PrimaryCareChangeService(Participants participants, MembershipApplications applications, Clock clock) {
        this.participants = participants;
        this.applications = applications;
        this.clock = clock;
    }

    Map<String, Object> answer(ApplicationRequest request) {
        String reference = request.reference();
        request.required("noKartu");
        request.required("nik");
        request.required("kdProviderTujuan");
        String wholeFamily = request.required("sekeluarga");
        Optional<MembershipApplication> earlier = applications.application(reference);
        if (earlier.isPresent()) {
            return earlier.get().answer();
        }
        String noKartu = request.digits("noKartu", 13);
        String nik = request.digits("nik", 16);
        if (!wholeFamily.equals("0") && !wholeFamily.equals("1")) {
            throw VclaimRejection.badRequest("Parameter tidak valid: sekeluarga");
        }
        request.optional("alasan");

        LocalDate today = LocalDate.now(clock);
        Participant card = participants.byCard(noKartu)
                .orElseThrow(() -> VclaimRejection.notFound("Nomor Kartu Tidak Terdaftar"));
        if (!card.nik().equals(nik)) {
            throw VclaimRejection.refused("Nomor kartu bukan milik NIK pemohon");
        }
        if (!card.activeOn(today)) {
            throw VclaimRejection.refused("Status kepesertaan tidak aktif, perubahan FKTP tidak dapat diproses");
        }
        Fktp target = Fktp.byCode(request.required("kdProviderTujuan"))
                .orElseThrow(() -> VclaimRejection.refused("Kode FKTP tujuan tidak terdaftar"));
        Fktp current = card.providerOn(today);
        if (target.equals(current)) {
            throw VclaimRejection.refused("FKTP tujuan sama dengan FKTP saat ini");
        }
        if (card.providerSinceOn(today).plusMonths(3).isAfter(today)) {
            throw VclaimRejection.refused("Peserta belum 3 bulan terdaftar di FKTP saat ini");
        }

        LocalDate from = today.withDayOfMonth(1).plusMonths(1);
        List<Participant> moving = wholeFamily.equals("1")
                ? participants.family(card.familyCardNumber()).stream().filter(p -> p.activeOn(today)).toList()
                : List.of(card);
        return applications.registerOnce(reference, sequence -> {
            List<String> cards = new ArrayList<>();
            for (Participant p : moving) {
                participants.update(p.noKartu(), x -> x.movingTo(target, from, today));
                cards.add(p.noKartu());
            }
            String number = ApplicationNumbers.of('F', today, sequence);
            return new MembershipApplication(reference, sequence, number, TYPE, noKartu, today,
                    answerFor(number, reference, noKartu, today, current, target, from, cards));
        }).answer();
    }

    private static Map<String, Object> answerFor(String number, String reference, String noKartu, LocalDate today,
            Fktp from, Fktp to, LocalDate effective, List<String> cards) {
        Map<String, Object> pengajuan = new LinkedHashMap<>();
        pengajuan.put("noPengajuan", number);
        pengajuan.put("noRefMitra", reference);
        pengajuan.put("jenisPengajuan", TYPE);
        pengajuan.put("noKartu", noKartu);
        pengajuan.put("tglPengajuan", today.toString());
        pengajuan.put("status", "DISETUJUI");
        pengajuan.put("fktpAsal", from.asProvUmum());
        pengajuan.put("fktpTujuan", to.asProvUmum());
        pengajuan.put("tglBerlaku", effective.toString());
        pengajuan.put("jumlahPeserta", cards.size());
        pengajuan.put("daftarKartu", cards);
        pengajuan.put("keterangan", "Perubahan FKTP disetujui, berlaku mulai " + effective);
        return Map.of("pengajuan", pengajuan);
    }
}

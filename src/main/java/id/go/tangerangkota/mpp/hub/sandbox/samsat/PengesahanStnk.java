package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.w3c.dom.Element;

/**
 * PengesahanSTNK: the annual endorsement of the STNK once the year's PKB is paid. The host
 * checks, in order: the plate, a block, the chassis number, the applicant (owner unless a proxy
 * applies), the five-yearly replacement (which needs a physical check at Samsat), the payment,
 * and the NTPD. A known idPermohonan gets its first decision again, whatever changed since.
 */
final class PengesahanStnk implements PkbOperation {

    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    private final VehicleRegistry vehicles;
    private final Endorsements endorsements;
    private final Clock clock;

    PengesahanStnk(VehicleRegistry vehicles, Endorsements endorsements, Clock clock) {
        this.vehicles = vehicles;
        this.endorsements = endorsements;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "PengesahanSTNK";
    }

    @Override
    public Element answer(Element request) {
        String id = PkbOperation.field(request, "idPermohonan");
        endorsements.recordCall(id);
        Endorsements.Decision decision = endorsements.decision(id)
                .orElseGet(() -> endorsements.decideOnce(id, decide(request)));
        Element answer = Soap11.answer("PengesahanSTNKResponse");
        PkbOperation.respon(answer, decision.code(), decision.message());
        Soap11.add(answer, "idPermohonan", id);
        if (decision.endorsement() != null) {
            Endorsements.Endorsement e = decision.endorsement();
            Element data = Soap11.add(answer, "pengesahan", null);
            Soap11.add(data, "nomorPengesahan", e.number());
            Soap11.add(data, "nomorSkkp", e.skkpNumber());
            Soap11.add(data, "tanggalPengesahan", e.endorsedOn());
            Soap11.add(data, "berlakuSampai", e.validUntil());
        }
        return answer;
    }

    private Endorsements.Decision decide(Element request) {
        Optional<TaxAccount> found = vehicles.byPlate(PkbOperation.field(request, "nomorPolisi"));
        if (found.isEmpty()) {
            return refused(KodeRespon.TIDAK_DITEMUKAN);
        }
        TaxAccount account = found.get();
        Vehicle vehicle = account.vehicle();
        if (account.blockedReason().isPresent()) {
            return new Endorsements.Decision(KodeRespon.DIBLOKIR,
                    KodeRespon.DIBLOKIR.message() + ": " + account.blockedReason().get(), null);
        }
        if (!vehicle.chassisNumber().equals(PkbOperation.field(request, "nomorRangka"))) {
            return refused(KodeRespon.RANGKA_TIDAK_SESUAI);
        }
        boolean byOwner = Boolean.parseBoolean(PkbOperation.field(request, "pemohonPemilik"))
                || "1".equals(PkbOperation.field(request, "pemohonPemilik"));
        if (byOwner && !vehicle.ownerNik().equals(PkbOperation.field(request, "nikPemohon"))) {
            return refused(KodeRespon.BUKAN_PEMILIK);
        }
        if (account.notice().stnkReplacementDue()) {
            return refused(KodeRespon.STNK_HABIS);
        }
        Optional<TaxAccount.Payment> payment = account.payment();
        if (payment.isEmpty()) {
            return refused(KodeRespon.PKB_BELUM_DIBAYAR);
        }
        String ntpd = payment.get().ntpd();
        if (!ntpd.equals(PkbOperation.field(request, "ntpd"))) {
            return refused(KodeRespon.NTPD_TIDAK_SESUAI);
        }
        boolean endorsedBefore = endorsements.isEndorsed(ntpd);
        LocalDate today = LocalDate.now(clock);
        Endorsements.Endorsement endorsement = endorsements.endorseOnce(ntpd, sequence -> new Endorsements.Endorsement(
                String.format("PGS.3671.%s.%06d", NUMBER_DATE.format(today), sequence),
                String.format("SKKP.3671.%s.%06d", NUMBER_DATE.format(today), sequence),
                vehicle.plate(), ntpd, today, account.notice().pkbDueDate().plusYears(1), !byOwner));
        return new Endorsements.Decision(KodeRespon.SUKSES,
                endorsedBefore ? "SUKSES: STNK SUDAH DISAHKAN DENGAN NTPD INI" : KodeRespon.SUKSES.message(),
                endorsement);
    }

    private static Endorsements.Decision refused(KodeRespon code) {
        return new Endorsements.Decision(code, code.message(), null);
    }
}

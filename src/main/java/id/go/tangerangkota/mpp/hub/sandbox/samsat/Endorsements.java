package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The annual STNK endorsements (PengesahanSTNK) the host decided, deduplicated on the caller's
 * {@code idPermohonan}: the same id again gets the same decision and nothing is registered twice.
 * One paid notice (one NTPD) is endorsed once, whichever application asks.
 */
public final class Endorsements {

    private final ConcurrentHashMap<String, Decision> byApplication = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Endorsement> byNtpd = new ConcurrentHashMap<>();
    private final CallCounts calls = new CallCounts();
    private final AtomicInteger sequence = new AtomicInteger();

    /**
     * An endorsement issued.
     *
     * @param number        nomor pengesahan
     * @param skkpNumber    the tax and SWDKLLJ receipt (SKKP) printed with it
     * @param plate         the vehicle
     * @param ntpd          the payment it rests on
     * @param endorsedOn    tanggal pengesahan
     * @param validUntil    the next annual endorsement date
     * @param byProxy       true when a kuasa, not the owner, applied
     */
    public record Endorsement(String number, String skkpNumber, String plate, String ntpd, LocalDate endorsedOn,
            LocalDate validUntil, boolean byProxy) {
    }

    /**
     * The host's answer to one application: the endorsement, or the code it refused with.
     *
     * @param code        the kodeRespon
     * @param endorsement present when the code is SUKSES
     */
    record Decision(KodeRespon code, String message, Endorsement endorsement) {
    }

    /** Distinct applications decided (each idPermohonan once), endorsed or refused. */
    public int applicationsReceived() {
        return byApplication.size();
    }

    /** Distinct endorsements issued. */
    public int endorsementsIssued() {
        return byNtpd.size();
    }

    /** Every PengesahanSTNK call that carried this idPermohonan, repeats included. */
    public long callsFor(String idPermohonan) {
        return calls.count(idPermohonan);
    }

    /** The endorsement an application got, empty when it was refused or never received. */
    public Optional<Endorsement> endorsementFor(String idPermohonan) {
        return Optional.ofNullable(byApplication.get(idPermohonan)).map(Decision::endorsement);
    }

    void recordCall(String idPermohonan) {
        calls.record(idPermohonan);
    }

    Optional<Decision> decision(String idPermohonan) {
        return Optional.ofNullable(byApplication.get(idPermohonan));
    }

    /** Keeps the first decision for an id and returns the one that stands. */
    Decision decideOnce(String idPermohonan, Decision decision) {
        Decision earlier = byApplication.putIfAbsent(idPermohonan, decision);
        return earlier == null ? decision : earlier;
    }

    /** The endorsement of a paid notice, created once (the sequence is drawn only for a new one). */
    Endorsement endorseOnce(String ntpd, IntFunction<Endorsement> create) {
        return byNtpd.computeIfAbsent(ntpd, key -> create.apply(sequence.incrementAndGet()));
    }

    /** True when this NTPD was already endorsed. */
    boolean isEndorsed(String ntpd) {
        return byNtpd.containsKey(ntpd);
    }
}

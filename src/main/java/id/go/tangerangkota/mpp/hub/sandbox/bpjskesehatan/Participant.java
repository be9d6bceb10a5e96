package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.time.LocalDate;
import java.util.Objects;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen.Sex;

/**
 * One JKN-KIS card as the sandbox's membership database holds it. Immutable: a correction or an
 * FKTP change stores a new value.
 *
 * @param noKartu          card number, 13 digits
 * @param nik              the NIK on the card (may differ from SIAK until corrected)
 * @param nama             the name on the card (may differ from SIAK until corrected)
 * @param sex              L or P
 * @param tglLahir         birth date on the card
 * @param motherName       nmIbuKandung on the card, checked by data corrections
 * @param familyCardNumber the family card (KK) the membership was registered with; "sekeluarga"
 *                         FKTP changes move every card of it
 * @param segment          jenisPeserta
 * @param careClass        hakKelas, 1 to 3
 * @param pisa             position in the family: 1 participant, 2 spouse, 3 child
 * @param tglTmt           start of cover (tglTMT)
 * @param tglTat           end of cover (tglTAT); the card is TIDAK AKTIF on later dates
 * @param provider         the FKTP the participant is registered at
 * @param providerSince    since when (the 3-month rule for a change is counted from it)
 * @param nextProvider     the FKTP an approved change moves them to, or null
 * @param nextProviderFrom the first day of the next FKTP (the first of the month after approval)
 */
record Participant(
        String noKartu,
        String nik,
        String nama,
        Sex sex,
        LocalDate tglLahir,
        String motherName,
        String familyCardNumber,
        Segment segment,
        int careClass,
        String pisa,
        LocalDate tglTmt,
        LocalDate tglTat,
        Fktp provider,
        LocalDate providerSince,
        Fktp nextProvider,
        LocalDate nextProviderFrom) {

    Participant {
        Objects.requireNonNull(noKartu, "noKartu");
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(nama, "nama");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(tglLahir, "tglLahir");
        Objects.requireNonNull(motherName, "motherName");
        Objects.requireNonNull(familyCardNumber, "familyCardNumber");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(tglTmt, "tglTmt");
        Objects.requireNonNull(tglTat, "tglTat");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerSince, "providerSince");
        if (careClass < 1 || careClass > 3) {
            throw new IllegalArgumentException("careClass must be 1-3");
        }
        if ((nextProvider == null) != (nextProviderFrom == null)) {
            throw new IllegalArgumentException("nextProvider and nextProviderFrom go together");
        }
    }

    /** AKTIF on a date: within the cover period. */
    boolean activeOn(LocalDate date) {
        return !date.isBefore(tglTmt) && !date.isAfter(tglTat);
    }

    /** The FKTP on a date: the approved next one from its first day on. */
    Fktp providerOn(LocalDate date) {
        return nextProvider != null && !date.isBefore(nextProviderFrom) ? nextProvider : provider;
    }

    /** Since when the participant is at {@link #providerOn(LocalDate)}. */
    LocalDate providerSinceOn(LocalDate date) {
        return nextProvider != null && !date.isBefore(nextProviderFrom) ? nextProviderFrom : providerSince;
    }

    /**
     * The participant after an approved FKTP change: effective on {@code from}. A change approved
     * earlier and not yet effective is replaced (the last choice wins).
     */
    Participant movingTo(Fktp next, LocalDate from, LocalDate today) {
        return new Participant(noKartu, nik, nama, sex, tglLahir, motherName, familyCardNumber, segment, careClass,
                pisa, tglTmt, tglTat, providerOn(today), providerSinceOn(today), next, from);
    }

    /** The participant with corrected identity data; null arguments keep the current value. */
    Participant corrected(String newNik, String newNama, Sex newSex, LocalDate newTglLahir, String newMotherName) {
        return new Participant(noKartu, newNik == null ? nik : newNik, newNama == null ? nama : newNama,
                newSex == null ? sex : newSex, newTglLahir == null ? tglLahir : newTglLahir,
                newMotherName == null ? motherName : newMotherName, familyCardNumber, segment, careClass, pisa,
                tglTmt, tglTat, provider, providerSince, nextProvider, nextProviderFrom);
    }
}

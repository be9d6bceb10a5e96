package id.go.tangerangkota.mpp.hub.sandbox.polres;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * Sat Intelkam's register of the SKCKs Polres Metro Tangerang Kota issued, keyed by the sandbox
 * population's NIKs, and the JKN-KIS card number each applicant presented (recorded since the
 * BPJS Kesehatan requirement). Deterministic seed: the showcase's earlier SKCKs written out (the
 * connector's renewal example names Budi's), then about one generated adult in seven with an SKCK
 * issued 2023-2026. Generated SKCKs carry no card number: the population's cards belong to the BPJS
 * Kesehatan sandbox, which Polres cannot read. Callers hold the gateway's lock for changes.
 */
public final class SkckRegister {

    /** Budi's SKCK of 9 December 2025 (the renewal example): expired 9 June 2026, renewable for a year. */
    public static final String BUDI_SKCK = "SKCK/YANMAS/08812/XII/2025/INTELKAM";
    /** Ahmad's SKCK of 14 August 2024: expired 14 February 2025, more than a year ago. */
    public static final String AHMAD_SKCK = "SKCK/YANMAS/04127/VIII/2024/INTELKAM";
    /** Hendra's SKCK of 5 October 2026: still valid (a renewal for a new purpose is allowed). */
    public static final String HENDRA_SKCK = "SKCK/YANMAS/10455/X/2026/INTELKAM";
    /** SKCK validity (PP 76/2020 practice): six months. */
    static final int VALID_MONTHS = 6;
    /** The day the seed is drawn for, so the generated register does not move with the clock. */
    static final LocalDate SEED_DAY = LocalDate.of(2026, 11, 22);
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    /** One SKCK as the register holds it. */
    public record Skck(String number, String nik, LocalDate issuedOn, LocalDate validUntil, String purpose,
            String jknCard, String renewedBy) {

        Skck renewedBy(String newNumber) {
            return new Skck(number, nik, issuedOn, validUntil, purpose, jknCard, newNumber);
        }
    }

    private final Map<String, Skck> byNumber = new LinkedHashMap<>();
    private final Map<String, String> cardByNik = new HashMap<>();
    private final Map<String, String> nikByCard = new HashMap<>();
    private final Map<Integer, Integer> lastSequence = new HashMap<>();

    private SkckRegister() {
    }

    /** The standard seed over the sandbox citizens. */
    static SkckRegister seed(CitizenRegistry citizens) {
        SkckRegister register = new SkckRegister();
        register.add(new Skck(BUDI_SKCK, "3671011203850001", LocalDate.of(2025, 12, 9), LocalDate.of(2026, 6, 9),
                "Persyaratan kontrak kerja", "0001427735619", null));
        register.add(new Skck(AHMAD_SKCK, "3671071506780003", LocalDate.of(2024, 8, 14), LocalDate.of(2025, 2, 14),
                "Persyaratan izin usaha", "0001731904125", null));
        register.add(new Skck(HENDRA_SKCK, "3671092709650005", LocalDate.of(2026, 10, 5), LocalDate.of(2027, 4, 5),
                "Persyaratan pendaftaran anggota koperasi", "0002011583640", null));
        Set<String> showcaseCards = citizens.showcase().stream().map(Citizen::familyCardNumber)
                .collect(Collectors.toSet());
        Map<Integer, Integer> sequence = new HashMap<>();
        for (Citizen c : citizens.all()) {
            int h = Math.floorMod(("skck" + c.nik()).hashCode(), 1_000_000);
            if (showcaseCards.contains(c.familyCardNumber()) || c.birthDate().plusYears(18).isAfter(SEED_DAY)
                    || h % 7 != 0) {
                continue;
            }
            LocalDate issued = LocalDate.of(2023, 1, 1).plusMonths((h / 7) % 46).plusDays((h / 322) % 28);
            int seq = sequence.merge(issued.getYear(), 1001, (old, first) -> old + 1 + (h % 9));
            register.add(new Skck(number(seq, issued), c.nik(), issued, issued.plusMonths(VALID_MONTHS),
                    "Melamar pekerjaan", null, null));
        }
        return register;
    }

    private void add(Skck skck) {
        if (byNumber.putIfAbsent(skck.number(), skck) != null) {
            throw new IllegalStateException("seed SKCK number is not unique: " + skck.number());
        }
        if (skck.jknCard() != null) {
            recordCard(skck.nik(), skck.jknCard());
        }
    }

    /** {@code SKCK/YANMAS/<seq>/<roman month>/<year>/INTELKAM}. */
    static String number(int sequence, LocalDate issuedOn) {
        return String.format("SKCK/YANMAS/%05d/%s/%d/INTELKAM", sequence, ROMAN[issuedOn.getMonthValue() - 1],
                issuedOn.getYear());
    }

    /** The SKCK with this number, empty when Polres never issued it. */
    public synchronized Optional<Skck> byNumber(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** Every SKCK, showcase first. */
    public synchronized List<Skck> all() {
        return List.copyOf(byNumber.values());
    }

    /** The JKN-KIS card recorded for this NIK at an earlier SKCK, if any. */
    public synchronized Optional<String> cardOf(String nik) {
        return Optional.ofNullable(cardByNik.get(nik));
    }

    /** The NIK a JKN-KIS card was presented for at an earlier SKCK, if any. */
    public synchronized Optional<String> holderOfCard(String card) {
        return Optional.ofNullable(nikByCard.get(card));
    }

    /** Issues a new SKCK: the next number of its year, valid six months from {@code issuedOn}. */
    synchronized Skck issue(String nik, String purpose, String card, LocalDate issuedOn) {
        int year = issuedOn.getYear();
        // New numbers of the sandbox's run start above anything seeded for the year.
        int seq = lastSequence.merge(year, 11_201, (old, first) -> old + 1);
        while (byNumber.containsKey(number(seq, issuedOn))) {
            seq = lastSequence.merge(year, 1, Integer::sum);
        }
        Skck skck = new Skck(number(seq, issuedOn), nik, issuedOn, issuedOn.plusMonths(VALID_MONTHS), purpose, card,
                null);
        add(skck);
        return skck;
    }

    synchronized void markRenewed(String oldNumber, String newNumber) {
        byNumber.computeIfPresent(oldNumber, (k, s) -> s.renewedBy(newNumber));
    }

    private void recordCard(String nik, String card) {
        cardByNik.put(nik, card);
        nikByCard.put(card, nik);
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.disnaker;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * What Disnaker Kota Tangerang holds on job seekers: the online registrations (SIAPkerja) by
 * job-seeker number, and the AK/1 cards (kartu kuning) issued, by NIK. Numbers are
 * <em>invented</em> formats: a job-seeker number is {@code 3671} + registration {@code YYMM} + a
 * 5-digit serial; a card number is {@code AK1-3671-YYMM-NNNNN} (issue month, serial).
 *
 * <p>Deterministic seed over the sandbox population: three showcase job seekers written out (Dewi,
 * registered without a card: the catalogue example; Fajar, holding a valid card; Budi, whose card
 * expired), then one in three generated residents aged 18-55 who work privately, study or have no
 * work, registered in a month from July 2023 to October 2026 (serials from 01000), half of them
 * with a card issued a week after registering. Mutations happen under this object's lock.
 */
public final class JobSeekerRegister {

    /** Dewi: registered on 10-11-2026, no card yet (the ak1 example). */
    public static final String DEWI = "3671134101000004";
    public static final String DEWI_NUMBER = "3671261100234";
    /** Muhammad Fajar Hidayat (Ahmad's son): a card valid until 16-03-2028. */
    public static final String FAJAR = "3671071909050009";
    public static final String FAJAR_NUMBER = "3671260300112";
    public static final String FAJAR_CARD = "AK1-3671-2603-00418";
    /** Budi: registered in 2023, his card expired on 22-05-2025, so a new one may be issued. */
    public static final String BUDI = "3671011203850001";
    public static final String BUDI_NUMBER = "3671230500087";
    public static final String BUDI_EXPIRED_CARD = "AK1-3671-2305-00977";

    /** An AK/1 card is valid for two years. */
    static final Period VALIDITY = Period.ofYears(2);
    /** The holder reports to Disnaker every six months while looking for work. */
    static final Period REPORT_EVERY = Period.ofMonths(6);
    /** Cards the sandbox issues are numbered from here; seeded ones are below. */
    static final int FIRST_NEW_CARD = 1001;

    /** Fixed, so the seed does not move with the clock. */
    private static final LocalDate SEED_DAY = LocalDate.of(2026, 11, 1);
    private static final LocalDate FIRST_MONTH = LocalDate.of(2023, 7, 1);
    private static final int MONTHS = 40;
    private static final Set<String> SEEKING = Set.of("BELUM/TIDAK BEKERJA", "KARYAWAN SWASTA", "PELAJAR/MAHASISWA");
    private static final DateTimeFormatter YYMM = DateTimeFormatter.ofPattern("yyMM");

    /** One SIAPkerja registration. */
    public record Registration(String number, String nik, LocalDate registeredOn) {
    }

    /** One AK/1 card. */
    public record Card(String number, String nik, String jobSeekerNumber, LocalDate issuedOn, LocalDate validUntil) {

        /** Valid through its last day. */
        public boolean validOn(LocalDate day) {
            return !validUntil.isBefore(day);
        }
    }

    private final Map<String, Registration> registrations = new LinkedHashMap<>();
    private final Map<String, List<Card>> cards = new LinkedHashMap<>();
    private int nextCard = FIRST_NEW_CARD;
    private int issued;

    private JobSeekerRegister() {
    }

    /** The standard seed over the sandbox citizens. */
    static JobSeekerRegister seed(CitizenRegistry citizens) {
        JobSeekerRegister register = new JobSeekerRegister();
        register.register(new Registration(DEWI_NUMBER, DEWI, LocalDate.of(2026, 11, 10)));
        register.register(new Registration(FAJAR_NUMBER, FAJAR, LocalDate.of(2026, 3, 9)));
        register.card(new Card(FAJAR_CARD, FAJAR, FAJAR_NUMBER, LocalDate.of(2026, 3, 16), LocalDate.of(2028, 3, 16)));
        register.register(new Registration(BUDI_NUMBER, BUDI, LocalDate.of(2023, 5, 15)));
        register.card(new Card(BUDI_EXPIRED_CARD, BUDI, BUDI_NUMBER, LocalDate.of(2023, 5, 22), LocalDate.of(2025, 5, 22)));
        int serial = 1000;
        for (Citizen citizen : citizens.all()) {
            if (citizens.showcase().contains(citizen) || citizen.nik().equals(FAJAR)
                    || !SEEKING.contains(citizen.occupation())) {
                continue;
            }
            int age = Period.between(citizen.birthDate(), SEED_DAY).getYears();
            int hash = citizen.nik().hashCode();
            if (age < 18 || age > 55 || Math.floorMod(hash, 3) != 0) {
                continue;
            }
            LocalDate on = FIRST_MONTH.plusMonths(Math.floorMod(hash / 3, MONTHS)).plusDays(Math.floorMod(hash, 28));
            String number = "3671" + YYMM.format(on) + String.format("%05d", serial);
            register.register(new Registration(number, citizen.nik(), on));
            if (Math.floorMod(hash / 7, 2) == 0) {
                LocalDate issuedOn = on.plusDays(7);
                register.card(new Card(cardNumber(issuedOn, serial), citizen.nik(), number, issuedOn,
                        issuedOn.plus(VALIDITY)));
            }
            serial++;
        }
        return register;
    }

    private static String cardNumber(LocalDate issuedOn, int serial) {
        return "AK1-3671-" + YYMM.format(issuedOn) + "-" + String.format("%05d", serial);
    }

    private void register(Registration registration) {
        registrations.put(registration.number(), registration);
    }

    private void card(Card card) {
        cards.computeIfAbsent(card.nik(), k -> new ArrayList<>()).add(card);
    }

    /** The registration with this job-seeker number. */
    public synchronized Optional<Registration> registration(String number) {
        return Optional.ofNullable(registrations.get(number));
    }

    /** Every registration, showcase first. */
    public synchronized List<Registration> registrations() {
        return List.copyOf(registrations.values());
    }

    /** The card of this NIK valid on {@code day} (the latest, if several), else empty. */
    public synchronized Optional<Card> validCard(String nik, LocalDate day) {
        return cards.getOrDefault(nik, List.of()).stream().filter(c -> c.validOn(day))
                .max(Comparator.comparing(Card::issuedOn));
    }

    /** Every card of this NIK, expired ones included, oldest first. */
    public synchronized List<Card> cards(String nik) {
        return List.copyOf(cards.getOrDefault(nik, List.of()));
    }

    /** Cards issued by the sandbox since it started (seeded ones not counted). */
    public synchronized int cardsIssued() {
        return issued;
    }

    /** Issues a card valid for two years from {@code today}. */
    synchronized Card issue(String nik, String jobSeekerNumber, LocalDate today) {
        Card card = new Card(cardNumber(today, nextCard++), nik, jobSeekerNumber, today, today.plus(VALIDITY));
        card(card);
        issued++;
        return card;
    }
}

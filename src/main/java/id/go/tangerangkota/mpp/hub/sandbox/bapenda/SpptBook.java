package id.go.tangerangkota.mpp.hub.sandbox.bapenda;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * Bapenda's SPPT PBB-P2 register for the showcase citizens. The NOPs, amounts and payments are
 * the ones the sandbox Bank BJB holds as PBB virtual accounts (sandbox/bankbjb/VirtualAccountBook),
 * so the two agencies agree: Ahmad's 2026 PBB is paid (Rp1.284.500 on 20 November 2026), Budi's and
 * Hendra's are not.
 */
public final class SpptBook {

    public static final String AHMAD = "3671071506780003";
    public static final String BUDI = "3671011203850001";
    public static final String HENDRA = "3671092709650005";
    public static final String RINA = "3671116304880006";
    /** Ahmad's house: PBB 2026 paid at the MPP counter on 2026-11-20 (as Bank BJB records). */
    public static final String AHMAD_NOP = "367107000501203450";
    /** Ahmad's second plot, sold to Budi in the BPHTB example. */
    public static final String AHMAD_PLOT_NOP = "367107000501204560";
    /** The plot Rina inherits from her late father (the pbb-transfer example). */
    public static final String INHERITED_NOP = "367111000300705670";
    /** The validated BPHTB (inheritance) of that plot, quoted in the pbb-transfer example. */
    public static final String RINA_BPHTB = "BPHTB-2026-0017731";

    static final LocalDate DUE_2026 = LocalDate.of(2026, 11, 30);

    private final Map<String, Sppt> byKey = new ConcurrentHashMap<>();

    private SpptBook() {
    }

    /** The seeded register. */
    static SpptBook seeded(CitizenRegistry citizens) {
        SpptBook book = new SpptBook();
        Citizen ahmad = citizens.byNik(AHMAD).orElseThrow();
        Citizen budi = citizens.byNik(BUDI).orElseThrow();
        Citizen hendra = citizens.byNik(HENDRA).orElseThrow();
        book.add(new Sppt(AHMAD_NOP, 2026, AHMAD, ahmad.fullName(), street(ahmad), 120, 96, 1_294_500_000L,
                1_284_500, DUE_2026, LocalDate.of(2026, 11, 20)));
        book.add(new Sppt(AHMAD_NOP, 2025, AHMAD, ahmad.fullName(), street(ahmad), 120, 96, 1_190_000_000L,
                1_213_700, LocalDate.of(2025, 11, 28), LocalDate.of(2025, 8, 14)));
        book.add(new Sppt(AHMAD_PLOT_NOP, 2026, AHMAD, ahmad.fullName(), "KAV. 12 BLOK C, " + ahmad.address().kelurahan(),
                90, 0, 405_000_000L, 405_000, DUE_2026, LocalDate.of(2026, 7, 2)));
        book.add(new Sppt(nop(budi.address(), 11, 21), 2026, BUDI, budi.fullName(), street(budi), 105, 72,
                976_300_000L, 976_300, DUE_2026, null));
        book.add(new Sppt(nop(hendra.address(), 7, 9), 2026, HENDRA, hendra.fullName(), street(hendra), 200, 150,
                1_790_000_000L, 2_150_000, DUE_2026, null));
        book.add(new Sppt(INHERITED_NOP, 2026, null, "H. SUPRIYADI (ALM)", "JL. KENANGA III NO. 8, PINANG", 96, 54,
                640_000_000L, 528_000, DUE_2026, LocalDate.of(2026, 9, 3)));
        return book;
    }

    /** The SPPT of a NOP for a year. */
    public Optional<Sppt> find(String nop, int year) {
        return Optional.ofNullable(byKey.get(nop + "/" + year));
    }

    /** The newest SPPT of a NOP. */
    public Optional<Sppt> latest(String nop) {
        return byKey.values().stream().filter(s -> s.nop().equals(nop))
                .max((a, b) -> Integer.compare(a.year(), b.year()));
    }

    /** Every SPPT, for the test data. */
    public List<Sppt> all() {
        return byKey.values().stream().sorted((a, b) -> (a.nop() + a.year()).compareTo(b.nop() + b.year())).toList();
    }

    private void add(Sppt sppt) {
        byKey.put(sppt.nop() + "/" + sppt.year(), sppt);
    }

    private static String street(Citizen citizen) {
        return citizen.address().street() + ", " + citizen.address().kelurahan();
    }

    /** NOP as Bank BJB derives it: 36.71 + kecamatan + kelurahan + block + serial + type 0. */
    static String nop(Citizen.Address address, int block, int serial) {
        return "3671" + "0" + address.kecamatan().code() + address.kelurahanCode().substring(1)
                + String.format("%03d%04d0", block, serial);
    }
}

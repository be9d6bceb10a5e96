package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * The tickets Kejari executes, keyed by ticket number: the showcase ones of the catalogue
 * (Budi's paid ticket with his STNK held, ...) and a deterministic set for other citizens. Keeps
 * which fines are paid and which evidence is booked for collection.
 */
public final class TilangRegister {

    /** Evidence states. */
    static final String HELD = "DISIMPAN";
    static final String BOOKED = "DIJADWALKAN_PENGAMBILAN";

    private final Map<String, Tilang> tickets = new LinkedHashMap<>();
    private final Map<String, LocalDate> paidOn = new ConcurrentHashMap<>();
    private final Map<String, String> evidence = new ConcurrentHashMap<>();

    TilangRegister(CitizenRegistry citizens) {
        // Budi: sidang 16 Oct 2026, paid on 20 Oct through BRIVA, his STNK still held (catalogue example).
        add(new Tilang("E4406213", "3671011203850001", "BUDI SANTOSO", "B 1234 CVA",
                "Pasal 287 ayat (1) jo. Pasal 106 ayat (4) huruf a UU 22/2009", LocalDate.of(2026, 10, 16),
                250_000, 1_000, "982714406213001", "STNK"), LocalDate.of(2026, 10, 20));
        // Ahmad: ETLE speeding ticket, verdict on 13 Nov, fine not yet paid, SIM held.
        add(new Tilang("E4407788", "3671071506780003", "AHMAD HIDAYAT", "B 4521 TKA",
                "Pasal 287 ayat (5) jo. Pasal 106 ayat (4) huruf g UU 22/2009", LocalDate.of(2026, 11, 13),
                500_000, 1_000, "982714407788001", "SIM"), null);
        // Dewi: motorcycle without STNK, vehicle held, fine paid.
        add(new Tilang("B3301942", "3671134101000004", "DEWI LESTARI", "B 6612 ZLA",
                "Pasal 288 ayat (1) jo. Pasal 106 ayat (5) huruf a UU 22/2009", LocalDate.of(2026, 10, 30),
                150_000, 1_000, "982713301942001", "KENDARAAN"), LocalDate.of(2026, 11, 4));
        // Other citizens: one ticket each for every seventh citizen, alternating evidence and payment.
        List<Citizen> all = citizens.all();
        for (int i = 0, n = 0; i < all.size() && n < 40; i += 7, n++) {
            Citizen c = all.get(i);
            if (isShowcase(c.nik())) {
                continue;
            }
            String number = "E45" + String.format("%05d", 10_000 + n * 37);
            String type = List.of("SIM", "STNK", "KENDARAAN").get(n % 3);
            add(new Tilang(number, c.nik(), c.fullName(),
                    "B " + (1000 + n * 53) + " " + (char) ('A' + n % 26) + "KT",
                    "Pasal 287 ayat (1) jo. Pasal 106 ayat (4) huruf a UU 22/2009", LocalDate.of(2026, 10, 1).plusDays(n),
                    100_000 + 25_000L * (n % 8), 1_000, "98271" + number.substring(1) + "001", type),
                    n % 2 == 0 ? LocalDate.of(2026, 10, 10).plusDays(n) : null);
        }
    }

    private static boolean isShowcase(String nik) {
        return nik.equals("3671011203850001") || nik.equals("3671071506780003") || nik.equals("3671134101000004");
    }

    private void add(Tilang tilang, LocalDate paid) {
        tickets.put(tilang.nomorRegister(), tilang);
        evidence.put(tilang.nomorRegister(), HELD);
        if (paid != null) {
            paidOn.put(tilang.nomorRegister(), paid);
        }
    }

    /** A ticket by number. */
    public Optional<Tilang> byNumber(String nomorRegister) {
        return Optional.ofNullable(tickets.get(nomorRegister));
    }

    /** Every ticket, in seed order. */
    public Collection<Tilang> all() {
        return new ArrayList<>(tickets.values());
    }

    /** When the fine was paid; empty while unpaid. */
    public Optional<LocalDate> paidOn(String nomorRegister) {
        return Optional.ofNullable(paidOn.get(nomorRegister));
    }

    /** DISIMPAN or DIJADWALKAN_PENGAMBILAN. */
    public String evidenceState(String nomorRegister) {
        return evidence.get(nomorRegister);
    }

    /** Marks the evidence as booked; false when it was not held any more. */
    boolean book(String nomorRegister) {
        return evidence.replace(nomorRegister, HELD, BOOKED);
    }
}

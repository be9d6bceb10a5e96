package id.go.tangerangkota.mpp.hub.sandbox.dinsos;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * What Dinsos holds, keyed by the sandbox population: the households in the register (by family
 * card number) with their welfare decile and programmes, the PBI-JK memberships it proposed (by
 * NIK, with the JKN card number) and the proposals in verification. Deterministic seed: Rina's
 * household is the showcase (mirrors the BPJS Kesehatan sandbox, where her PBI-JK card
 * 0002296471058 was deactivated on 30-06-2026); one family card in five of the generated
 * population is in the register too. Mutations happen under this object's lock.
 */
public final class DtksRegister {

    /** Rina's family card: in DTKS, decile 1. */
    public static final String RINA_KK = "3671110505120006";
    /** When the showcase PBI-JK memberships were deactivated (the day after BPJS Kesehatan's TAT). */
    static final LocalDate PBI_DEACTIVATED = LocalDate.of(2026, 7, 1);

    /** One household in the register. */
    public record Household(String familyCardNumber, String idDtks, int decile, String updatePeriod,
            List<Programme> programmes) {
    }

    /** One programme the household receives, with the member it is paid to. */
    public record Programme(String code, String name, String status, String beneficiaryNik, String note) {
    }

    /** A PBI-JK membership Dinsos proposed, with its reactivation proposal once made. */
    public record PbiMembership(String nik, String cardNumber, boolean active, LocalDate deactivatedOn,
            String reactivationNumber) {
    }

    private final Map<String, Household> households = new LinkedHashMap<>();
    private final Map<String, PbiMembership> pbi = new ConcurrentHashMap<>();
    private final Map<String, String> pendingProposals = new ConcurrentHashMap<>();

    private DtksRegister() {
    }

    /** The standard seed over the sandbox citizens. */
    static DtksRegister seed(CitizenRegistry citizens) {
        DtksRegister register = new DtksRegister();
        register.households.put(RINA_KK, new Household(RINA_KK, "DTSEN-3671-0000411", 1, "2026-09", List.of(
                new Programme("PKH", "Program Keluarga Harapan", "AKTIF", "3671116304880006", "Tahap 4 tahun 2026"),
                new Programme("BPNT", "Bantuan Pangan Non Tunai (Sembako)", "AKTIF", "3671116304880006", "Tahap 4 tahun 2026"),
                new Programme("PBI-JK", "Penerima Bantuan Iuran Jaminan Kesehatan", "NONAKTIF", "3671116304880006",
                        "Dinonaktifkan 01-07-2026 pada pemutakhiran DTSEN"),
                new Programme("PIP", "Program Indonesia Pintar", "AKTIF", "3671114510110013", "SD kelas 6"))));
        register.pbi.put("3671116304880006",
                new PbiMembership("3671116304880006", "0002296471058", false, PBI_DEACTIVATED, null));
        register.pbi.put("3671114510110013",
                new PbiMembership("3671114510110013", "0002296471069", false, PBI_DEACTIVATED, null));
        int n = 0;
        for (String card : citizens.familyCardNumbers()) {
            List<Citizen> members = citizens.familyMembers(card);
            boolean showcase = members.stream().anyMatch(m -> citizens.showcase().contains(m));
            if (showcase || Math.floorMod(card.hashCode(), 5) != 0 || members.isEmpty()) {
                continue;
            }
            n++;
            int decile = 1 + Math.floorMod(card.hashCode() / 5, 4);
            String head = members.get(0).nik();
            List<Programme> programmes = new ArrayList<>();
            if (decile <= 2) {
                programmes.add(new Programme("PKH", "Program Keluarga Harapan", "AKTIF", head, "Tahap 4 tahun 2026"));
            }
            if (decile <= 3) {
                programmes.add(new Programme("BPNT", "Bantuan Pangan Non Tunai (Sembako)", "AKTIF", head,
                        "Tahap 4 tahun 2026"));
            }
            programmes.add(new Programme("PBI-JK", "Penerima Bantuan Iuran Jaminan Kesehatan", "AKTIF", head, null));
            register.households.put(card, new Household(card, String.format("DTSEN-3671-%07d", 1000 + n), decile,
                    "2026-09", List.copyOf(programmes)));
        }
        return register;
    }

    /** The household of this NIK in the register, empty when it is not in it. */
    public Optional<Household> householdOf(CitizenRegistry citizens, String nik) {
        return citizens.byNik(nik).map(Citizen::familyCardNumber).flatMap(this::household);
    }

    /** The household on this family card, empty when not in the register. */
    public synchronized Optional<Household> household(String familyCardNumber) {
        return Optional.ofNullable(households.get(familyCardNumber));
    }

    /** Every household in the register, showcase first. */
    public synchronized List<Household> households() {
        return List.copyOf(households.values());
    }

    /** The PBI-JK membership of this NIK, empty when Dinsos never proposed one. */
    public Optional<PbiMembership> pbi(String nik) {
        return Optional.ofNullable(pbi.get(nik));
    }

    /** The proposal number in verification for this family card, if any. */
    public Optional<String> pendingProposal(String familyCardNumber) {
        return Optional.ofNullable(pendingProposals.get(familyCardNumber));
    }

    void propose(String familyCardNumber, String number) {
        pendingProposals.put(familyCardNumber, number);
    }

    void reactivationProposed(String nik, String number) {
        pbi.computeIfPresent(nik, (k, m) -> new PbiMembership(m.nik(), m.cardNumber(), m.active(), m.deactivatedOn(), number));
    }
}

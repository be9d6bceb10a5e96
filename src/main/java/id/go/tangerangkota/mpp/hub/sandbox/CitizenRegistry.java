package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.go.tangerangkota.mpp.hub.protocol.NikRules;

/**
 * The sandbox's copy of SIAK: every resident, looked up by NIK or by family card.
 *
 * <p>Immutable once built, so the HTTP threads share it without locking. The seed is the same on
 * every run: six showcase citizens that documentation and tests name, their relatives, and a
 * generated population of more than 500 people in families across all 13 kecamatan.
 */
public final class CitizenRegistry {

    /** The order of a printed family card: head, spouse, then children from the eldest. */
    private static final Comparator<Citizen> CARD_ORDER = Comparator
            .comparingInt((Citizen c) -> switch (c.familyRelation()) {
                case "KEPALA KELUARGA" -> 0;
                case "ISTRI", "SUAMI" -> 1;
                default -> 2;
            })
            .thenComparing(Citizen::birthDate);

    private final List<Citizen> all;
    private final List<Citizen> showcase;
    private final Map<String, Citizen> byNik;
    private final Map<String, List<Citizen>> byFamilyCard;

    private CitizenRegistry(List<Citizen> showcase, List<Citizen> all) {
        this.showcase = List.copyOf(showcase);
        this.all = List.copyOf(all);
        Map<String, Citizen> nikIndex = new HashMap<>();
        Map<String, List<Citizen>> cards = new LinkedHashMap<>();
        for (Citizen citizen : all) {
            // A seed that breaks the NIK rules would let a connector bug pass unnoticed: fail loudly.
            if (!NikRules.isValid(citizen.nik())) {
                throw new IllegalStateException("seed NIK " + NikRules.mask(citizen.nik()) + " is invalid: "
                        + NikRules.problems(citizen.nik()));
            }
            if (NikRules.isFemale(citizen.nik()) != (citizen.sex() == Citizen.Sex.P)) {
                throw new IllegalStateException("seed NIK " + NikRules.mask(citizen.nik()) + " disagrees with the sex");
            }
            if (nikIndex.putIfAbsent(citizen.nik(), citizen) != null) {
                throw new IllegalStateException("seed NIK " + NikRules.mask(citizen.nik()) + " is not unique");
            }
            cards.computeIfAbsent(citizen.familyCardNumber(), card -> new ArrayList<>()).add(citizen);
        }
        cards.replaceAll((card, members) -> members.stream().sorted(CARD_ORDER).toList());
        this.byNik = Map.copyOf(nikIndex);
        this.byFamilyCard = java.util.Collections.unmodifiableMap(cards);
    }

    /** The standard seed: the same citizens, in the same order, on every call and every run. */
    public static CitizenRegistry seeded() {
        List<Citizen> fixed = new ArrayList<>(ShowcaseCitizens.showcase());
        fixed.addAll(ShowcaseCitizens.relatives());
        List<Citizen> all = new ArrayList<>(fixed);
        all.addAll(CitizenGenerator.generate(fixed));
        return new CitizenRegistry(ShowcaseCitizens.showcase(), all);
    }

    /** The citizen with this NIK, empty for an unknown (or malformed) NIK. */
    public Optional<Citizen> byNik(String nik) {
        return nik == null ? Optional.empty() : Optional.ofNullable(byNik.get(nik));
    }

    /** Everyone: the showcase citizens, their relatives, then the generated ones family by family. */
    public List<Citizen> all() {
        return all;
    }

    /** The six showcase citizens the documentation names, in its order. */
    public List<Citizen> showcase() {
        return showcase;
    }

    /** The members of a family card, head first; empty for an unknown card. */
    public List<Citizen> familyMembers(String familyCardNumber) {
        return byFamilyCard.getOrDefault(familyCardNumber, List.of());
    }

    /** Every family card number, in the order of {@link #all()}. */
    public List<String> familyCardNumbers() {
        return List.copyOf(byFamilyCard.keySet());
    }

    /** The number of citizens. */
    public int size() {
        return all.size();
    }
}

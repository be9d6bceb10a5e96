package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The sandbox's JKN membership database: cards by number and by NIK. Reads are lock-free; changes
 * (corrections, FKTP moves) are serialised, so the NIK index never points at a stale card.
 */
final class Participants {

    private final Map<String, Participant> byCard = new ConcurrentHashMap<>();
    private final Map<String, String> cardByNik = new ConcurrentHashMap<>();
    private final Object writes = new Object();

    Participants(Collection<Participant> seed) {
        for (Participant p : seed) {
            if (byCard.putIfAbsent(p.noKartu(), p) != null || cardByNik.putIfAbsent(p.nik(), p.noKartu()) != null) {
                throw new IllegalStateException("seed card or NIK is not unique: card " + p.noKartu());
            }
        }
    }

    Optional<Participant> byCard(String noKartu) {
        return noKartu == null ? Optional.empty() : Optional.ofNullable(byCard.get(noKartu));
    }

    Optional<Participant> byNik(String nik) {
        String card = nik == null ? null : cardByNik.get(nik);
        return card == null ? Optional.empty() : byCard(card);
    }

    /** The cards registered with a family card, in card-number order. */
    List<Participant> family(String familyCardNumber) {
        return byCard.values().stream().filter(p -> p.familyCardNumber().equals(familyCardNumber))
                .sorted(Comparator.comparing(Participant::noKartu)).toList();
    }

    /** Every card, in card-number order. */
    List<Participant> all() {
        return byCard.values().stream().sorted(Comparator.comparing(Participant::noKartu)).toList();
    }

    int size() {
        return byCard.size();
    }

    /**
     * Replaces a card by what {@code change} makes of it, keeping the NIK index in step.
     *
     * @return the stored card
     * @throws IllegalStateException when the new NIK already belongs to another card (callers check first)
     */
    Participant update(String noKartu, UnaryOperator<Participant> change) {
        synchronized (writes) {
            Participant before = byCard.get(noKartu);
            Participant after = change.apply(before);
            if (!after.nik().equals(before.nik())) {
                String other = cardByNik.get(after.nik());
                if (other != null && !other.equals(noKartu)) {
                    throw new IllegalStateException("NIK already on another card");
                }
                cardByNik.remove(before.nik(), noKartu);
                cardByNik.put(after.nik(), noKartu);
            }
            byCard.put(noKartu, after);
            return after;
        }
    }
}

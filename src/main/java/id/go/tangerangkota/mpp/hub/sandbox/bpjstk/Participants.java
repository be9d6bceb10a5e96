package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The memberships of the simulated BPJS Ketenagakerjaan, the self-employed registrations waiting
 * for their first payment, and the JHT claims in process. Data updates and claims change it, so
 * every access holds the store's lock: the sandbox serves a few requests at a time, and one lock
 * keeps "check, then change" atomic (two claims for one KPJ cannot both pass).
 */
public final class Participants {

    private final Map<String, Participant> byKpj = new LinkedHashMap<>();
    private final Map<String, List<String>> kpjsByNik = new HashMap<>();
    private final Map<String, BpuRegistration> pendingBpuByNik = new LinkedHashMap<>();
    private final Map<String, String> openClaimByKpj = new HashMap<>();

    Participants(List<Participant> seed) {
        for (Participant p : seed) {
            if (byKpj.putIfAbsent(p.kpj(), p) != null) {
                throw new IllegalStateException("seed KPJ " + p.kpj() + " is not unique");
            }
            kpjsByNik.computeIfAbsent(p.nik(), nik -> new ArrayList<>()).add(p.kpj());
        }
    }

    /** The membership with this KPJ number. */
    public synchronized Optional<Participant> byKpj(String kpj) {
        return Optional.ofNullable(byKpj.get(kpj));
    }

    /** Every membership of a citizen, oldest first. */
    public synchronized List<Participant> byNik(String nik) {
        return kpjsByNik.getOrDefault(nik, List.of()).stream().map(byKpj::get)
                .sorted(Comparator.comparing(Participant::memberSince)).toList();
    }

    /** The membership a NIK look-up answers: the active one, else the most recent. */
    public synchronized Optional<Participant> current(String nik) {
        List<Participant> all = byNik(nik);
        return all.stream().filter(Participant::active).findFirst()
                .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
    }

    /** Every membership, in seed order. */
    public synchronized List<Participant> all() {
        return List.copyOf(byKpj.values());
    }

    /** The pending self-employed registration of a NIK. */
    public synchronized Optional<BpuRegistration> pendingBpu(String nik) {
        return Optional.ofNullable(pendingBpuByNik.get(nik));
    }

    /** The claim number of the JHT claim in process for a KPJ. */
    public synchronized Optional<String> openClaim(String kpj) {
        return Optional.ofNullable(openClaimByKpj.get(kpj));
    }

    synchronized void update(String kpj, UnaryOperator<Participant> change) {
        byKpj.computeIfPresent(kpj, (k, p) -> change.apply(p));
    }

    synchronized void openClaim(String kpj, String claimNumber) {
        openClaimByKpj.put(kpj, claimNumber);
    }

    synchronized void registerBpu(BpuRegistration registration) {
        pendingBpuByNik.put(registration.nik(), registration);
    }
}

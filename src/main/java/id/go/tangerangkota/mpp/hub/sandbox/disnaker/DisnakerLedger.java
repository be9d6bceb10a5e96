package id.go.tangerangkota.mpp.hub.sandbox.disnaker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What Disnaker registered under each partner transaction id ({@code idTransaksiMitra}, the hub's
 * request id): the first answer, and every call that carried the id. A repeat of the same
 * application gets the first answer and registers nothing; the same id for a different
 * application is refused (V-09). Refusals are not kept: the office files nothing for them, so a
 * repeat is judged again. Tests read {@link #received()} and {@link #callsFor(String)} to prove
 * exactly-once delivery.
 */
public final class DisnakerLedger {

    /** AK/1 cards issued. */
    public static final String AK1 = "KARTU_AK1";
    /** Industrial disputes registered for mediation. */
    public static final String MEDIATION = "PENCATATAN_PHI";

    private record Entry(String kind, String fingerprint, Map<String, Object> answer) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    /** Distinct applications registered (each idTransaksiMitra once). */
    public int received() {
        return entries.size();
    }

    /** Applications registered of one kind: {@link #AK1} or {@link #MEDIATION}. */
    public long received(String kind) {
        return entries.values().stream().filter(e -> e.kind().equals(kind)).count();
    }

    /** Every call that carried this idTransaksiMitra, repeats and refusals included. */
    public int callsFor(String id) {
        AtomicInteger count = calls.get(id);
        return count == null ? 0 : count.get();
    }

    /** True when something was registered under this id. */
    public boolean registered(String id) {
        return entries.containsKey(id);
    }

    void recordCall(String id) {
        calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    }

    /** The first answer for this id, or empty; V-09 when the id was used for something else. */
    Optional<Map<String, Object>> earlier(String id, String kind, String fingerprint) {
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.kind().equals(kind) || !entry.fingerprint().equals(fingerprint)) {
            throw new DisnakerRejection(409, DisnakerRejection.ID_REUSED,
                    "idTransaksiMitra sudah digunakan untuk permohonan lain");
        }
        return Optional.of(new LinkedHashMap<>(entry.answer()));
    }

    void remember(String id, String kind, String fingerprint, Map<String, Object> answer) {
        entries.put(id, new Entry(kind, fingerprint, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answer))));
    }
}

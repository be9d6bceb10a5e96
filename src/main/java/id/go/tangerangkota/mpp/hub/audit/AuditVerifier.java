package id.go.tangerangkota.mpp.hub.audit;

import java.time.Instant;
import java.util.List;

/**
 * Walks the whole chain in seq order, a page at a time (constant memory however long the trail),
 * and checks each entry: its seq follows the previous one (else "missing entry"), its hash is the
 * hash of its content (else "hash mismatch"), its prev_hash is the previous entry's hash (else
 * "previous hash mismatch"). The first broken link is reported; the walk goes on to count the
 * entries and find the chain's head.
 */
public class AuditVerifier {

    private final AuditStore store;
    private final int pageSize;

    public AuditVerifier(AuditStore store, int pageSize) {
        this.store = store;
        this.pageSize = pageSize;
    }

    public Verification verify() {
        long expected = 1;
        String prev = AuditHash.GENESIS;
        long count = 0;
        Broken broken = null;
        AuditEntry last = null;
        while (true) {
            List<AuditEntry> page = store.page(expected, pageSize);
            if (page.isEmpty()) {
                break;
            }
            for (AuditEntry e : page) {
                if (broken == null) {
                    if (e.seq() != expected) {
                        // The entry at "expected" is gone; where it stood, the next one's time is the best clue.
                        broken = new Broken(expected, e.record().at(), Broken.MISSING);
                    } else if (!AuditHash.of(e.seq(), e.record(), e.prevHash()).equals(e.hash())) {
                        broken = new Broken(e.seq(), e.record().at(), Broken.HASH);
                    } else if (!e.prevHash().equals(prev)) {
                        broken = new Broken(e.seq(), e.record().at(), Broken.PREVIOUS);
                    }
                }
                count++;
                prev = e.hash();
                expected = e.seq() + 1;
                last = e;
            }
        }
        return new Verification(broken == null, count, broken, last == null ? 0 : last.seq(),
                last == null ? AuditHash.GENESIS : last.hash());
    }

    /** What the walk found. */
    public record Verification(boolean valid, long entries, Broken firstBroken, long lastSeq, String lastHash) {
    }

    /** The first entry that does not hold. */
    public record Broken(long seq, Instant at, String reason) {
        public static final String HASH = "hash mismatch";
        public static final String PREVIOUS = "previous hash mismatch";
        public static final String MISSING = "missing entry";
    }
}

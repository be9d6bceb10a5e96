package id.go.tangerangkota.mpp.hub.audit;

/**
 * One row of the audit trail: its place in the chain, what it records, the previous entry's hash
 * and its own.
 */
public record AuditEntry(long seq, AuditRecord record, String prevHash, String hash) {

    /** The entry that follows {@code prevHash} at {@code seq}, with its hash computed. */
    public static AuditEntry chain(long seq, AuditRecord record, String prevHash) {
        return new AuditEntry(seq, record, prevHash, AuditHash.of(seq, record, prevHash));
    }
}

/**
 * The hash-chained audit trail: every counter call of the API and every call the hub makes to an
 * agency is appended to {@code audit_entry}, each entry carrying SHA-256 over the previous entry's
 * hash and its own content ({@link id.go.tangerangkota.mpp.hub.audit.AuditHash}). Entries are
 * appended by one writer thread in group commits ({@link id.go.tangerangkota.mpp.hub.audit.AuditWriter})
 * and never updated or deleted; {@link id.go.tangerangkota.mpp.hub.audit.AuditVerifier} walks the
 * chain and names the first broken link.
 */
package id.go.tangerangkota.mpp.hub.audit;

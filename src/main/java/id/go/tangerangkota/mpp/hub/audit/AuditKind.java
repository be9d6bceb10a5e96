package id.go.tangerangkota.mpp.hub.audit;

/** What an audit entry records. */
public enum AuditKind {
    /** A call of the hub's API by a client (counter, agency team, integrator, admin, or anonymous). */
    COUNTER_CALL,
    /** A call the hub made to an agency's back end. */
    AGENCY_CALL
}

package id.go.tangerangkota.mpp.hub.security;

/** What kind of caller an API client is. */
public enum Role {
    /** A counter system at one site: the MPP building, a kecamatan or kelurahan office. */
    COUNTER,
    /** An agency's IT team, operating its own connector only. */
    AGENCY,
    /** Reads monitoring and admin views of all agencies. */
    INTEGRATOR,
    /** Everything, including clients and replays. */
    ADMIN
}

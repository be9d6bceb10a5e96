package id.go.tangerangkota.mpp.hub.security;

/**
 * One caller of the hub's API, as identified by its key.
 *
 * @param id     stable client id, e.g. {@code demo-counter-mpp}; appears in logs and the audit trail
 * @param role   what the client may do
 * @param site   the counter's site (e.g. {@code mpp-tangerang}, {@code kec-karawaci}); empty for
 *               other roles
 * @param agency the agency slug an AGENCY client's team runs (e.g. {@code samsat}); empty for other roles
 */
public record ApiClient(String id, Role role, String site, String agency) {

    public ApiClient {
        site = site == null ? "" : site;
        agency = agency == null ? "" : agency;
    }
}

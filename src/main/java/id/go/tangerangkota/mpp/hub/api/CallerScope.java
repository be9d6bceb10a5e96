package id.go.tangerangkota.mpp.hub.api;

import id.go.tangerangkota.mpp.hub.security.Role;
import org.apache.camel.Message;

/**
 * What part of the hub's records a caller may see, from the identity the API key filter set: a
 * counter its own site's requests, an agency team its own agency's connector, requests, failures and
 * routes, integrators and admins everything.
 *
 * @param role   the caller's role
 * @param site   the counter's site, or null when not limited by site
 * @param agency the agency team's agency, or null when not limited by agency
 */
public record CallerScope(Role role, String site, String agency) {

    /** The scope of the call in this message. */
    public static CallerScope of(Message in) {
        Role role = Role.valueOf(in.getHeader(HttpCall.CLIENT_ROLE_HEADER, String.class));
        return new CallerScope(role,
                role == Role.COUNTER ? in.getHeader(HttpCall.CLIENT_SITE_HEADER, String.class) : null,
                role == Role.AGENCY ? in.getHeader(HttpCall.CLIENT_AGENCY_HEADER, String.class) : null);
    }

    /** Whether this caller may see records of this agency made at this site. */
    public boolean sees(String recordAgency, String recordSite) {
        return (site == null || site.equals(recordSite)) && (agency == null || agency.equals(recordAgency));
    }

    /** Whether this caller may see this agency's connector, failures and routes. */
    public boolean seesAgency(String slug) {
        return agency == null || agency.equals(slug);
    }

    /**
     * The agency a listing is for: the one asked for, limited to the caller's own for an agency team
     * (asking for another agency is refused rather than silently answered with its own).
     */
    public String agencyFilter(String asked) {
        if (agency == null) {
            return asked;
        }
        if (asked != null && !asked.isEmpty() && !asked.equals(agency)) {
            throw new HubProblem(ProblemType.FORBIDDEN, "An agency key may only see its own agency (" + agency + ")");
        }
        return agency;
    }
}

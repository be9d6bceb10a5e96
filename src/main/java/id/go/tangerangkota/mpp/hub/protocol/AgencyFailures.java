package id.go.tangerangkota.mpp.hub.protocol;

import java.util.List;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.api.ProblemType;

/**
 * Builds the problems that name an agency when its call fails. A 5xx problem is a technical failure:
 * an inquiry answers it to the counter, an application's delivery is retried.
 */
public final class AgencyFailures {

    /** Seconds a counter is told to wait before retrying an unreachable agency. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private AgencyFailures() {
    }

    /**
     * @param slug the agency's slug, the problem's stable {@code agency} field
     * @param name the agency's name, for the clerk
     */
    public static HubProblem unreachable(String slug, String name, String why) {
        return new HubProblem(ProblemType.AGENCY_UNAVAILABLE,
                "The system of " + name + " cannot be reached (" + why + "); retry later",
                List.of(), RETRY_AFTER_SECONDS, Map.of("agency", slug));
    }

    public static HubProblem agencyError(String slug, String name, String what) {
        return new HubProblem(ProblemType.AGENCY_ERROR, name + " answered with an error: " + what,
                List.of(), null, Map.of("agency", slug));
    }

    /** The TLS handshake with the agency failed: its set-up or the connector's must be fixed. */
    public static HubProblem secureConnectionFailed(String slug, String name, String why) {
        return new HubProblem(ProblemType.AGENCY_ERROR, "The secure connection to " + name + " failed ("
                + why + "); the connector's TLS configuration must be checked by an integrator",
                List.of(), null, Map.of("agency", slug));
    }

    public static HubProblem authFailed(String slug, String name, String what) {
        return new HubProblem(ProblemType.AGENCY_ERROR, name + " refused the hub's credentials ("
                + what + "); the connector's configuration must be fixed by an integrator",
                List.of(), null, Map.of("agency", slug));
    }
}

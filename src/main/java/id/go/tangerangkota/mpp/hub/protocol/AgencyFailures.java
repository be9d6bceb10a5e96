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

    public static HubProblem unreachable(String agency, String why) {
        return new HubProblem(ProblemType.AGENCY_UNAVAILABLE,
                "The system of " + agency + " cannot be reached (" + why + "); retry later",
                List.of(), RETRY_AFTER_SECONDS, Map.of("agency", agency));
    }

    public static HubProblem agencyError(String agency, String what) {
        return new HubProblem(ProblemType.AGENCY_ERROR, agency + " answered with an error: " + what,
                List.of(), null, Map.of("agency", agency));
    }

    public static HubProblem authFailed(String agency, String what) {
        return new HubProblem(ProblemType.AGENCY_ERROR, agency + " refused the hub's credentials ("
                + what + "); the connector's configuration must be fixed by an integrator",
                List.of(), null, Map.of("agency", agency));
    }
}

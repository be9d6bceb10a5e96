package id.go.tangerangkota.mpp.hub.protocol;

import id.go.tangerangkota.mpp.hub.api.HubProblem;

/**
 * What a failure is called where people read it (request histories, the admin views of failures):
 * the problem's own detail when the hub made one, otherwise a fixed phrase for its kind. Never an
 * exception's class name or message: those name the hub's libraries and may name internal hosts
 * or quote what an agency sent.
 */
public final class FailureReasons {

    private FailureReasons() {
    }

    public static String of(Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HubProblem p) {
                return p.detail();
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return "no answer within the time limit";
            }
            if (t instanceof java.io.IOException) {
                return "connection failed or no usable answer";
            }
        }
        return "a technical failure (see the hub's log)";
    }
}

package id.go.tangerangkota.mpp.hub.request;

/**
 * Told of every committed change of a request's state (after the database commit, never for a
 * change that rolled back).
 */
public interface StatusListener {

    void statusChanged(String requestId, RequestStatus status);
}

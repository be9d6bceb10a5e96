package id.go.tangerangkota.mpp.hub.sandbox;

/**
 * A check a simulated back end failed, with the agency's own code and message to answer. Each
 * agency subclasses it with its code table, so its rules read as one line each deep in a service;
 * the shared handlers catch this type once and put code and message in the agency's envelope.
 */
public abstract class AgencyRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    protected AgencyRejection(String code, String message) {
        // No stack trace: this is an answer, not a failure of the sandbox.
        super(message, null, false, false);
        this.code = code;
    }

    /** The agency's code for this refusal, as it stands in the answer. */
    public final String code() {
        return code;
    }
}

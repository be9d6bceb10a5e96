package id.go.tangerangkota.mpp.hub.sandbox;

/**
 * A check the Dukcapil back end failed, carrying the RESPON text answered to the caller. Thrown
 * from deep in a service so each check reads as one line; caught once by {@link DukcapilBackend}.
 */
final class DukcapilRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DukcapilRejection(String respon) {
        // No stack trace: this is an answer, not a failure of the sandbox.
        super(respon, null, false, false);
    }

    /** The text for {@code content[0].RESPON}. */
    String respon() {
        return getMessage();
    }
}

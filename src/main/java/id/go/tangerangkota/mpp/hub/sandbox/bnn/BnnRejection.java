package id.go.tangerangkota.mpp.hub.sandbox.bnn;

/**
 * A request the simulated BNN gateway refuses, with its own {@code kodeRespon} and the HTTP status
 * it answers it with: 400 for what the caller sent wrong, 422 for a refusal on the merits.
 */
final class BnnRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A required field is missing or malformed: the connector's fault, not the citizen's. */
    static final String INCOMPLETE = "BNN-400";
    /** The clinic does not test on that date (weekend or national holiday). */
    static final String NOT_A_CLINIC_DAY = "BNN-410";
    /** All test slots of that date are taken. */
    static final String DAY_FULL = "BNN-411";
    /** The citizen is already registered for a test on that date. */
    static final String ALREADY_REGISTERED = "BNN-412";
    /** No outreach speaker is free on that date. */
    static final String SPEAKERS_BOOKED = "BNN-421";
    /** Outreach speakers serve on working days only. */
    static final String NOT_A_WORKING_DAY = "BNN-422";
    /** The NIK is not in the population data. */
    static final String UNKNOWN_NIK = "BNN-430";

    private final String kode;
    private final int httpStatus;

    BnnRejection(String kode, int httpStatus, String pesan) {
        super(pesan);
        this.kode = kode;
        this.httpStatus = httpStatus;
    }

    /** A refusal on the merits (HTTP 422). */
    static BnnRejection refused(String kode, String pesan) {
        return new BnnRejection(kode, 422, pesan);
    }

    /** A missing or malformed field (HTTP 400, BNN-400). */
    static BnnRejection incomplete(String field) {
        return new BnnRejection(INCOMPLETE, 400, "Parameter tidak lengkap atau tidak valid: " + field);
    }

    String kode() {
        return kode;
    }

    int httpStatus() {
        return httpStatus;
    }

    String pesan() {
        return getMessage();
    }
}

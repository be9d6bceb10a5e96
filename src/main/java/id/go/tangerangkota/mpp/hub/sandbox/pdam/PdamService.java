package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

/** One service of the simulated Tirta Benteng back end. */
interface PdamService {

    /** The path under {@code /pdam/api}, e.g. {@code /tagihan/inquiry}. */
    String path();

    /** Sees every well-formed request before any check (for counting). */
    default void observe(PdamRequest request) {
    }

    /**
     * The whole successful {@code <response>}.
     *
     * @throws PdamRejection when a check fails; its status and message are answered
     */
    XmlElement answer(PdamRequest request);

    /** {@code <response><status>00</status><message>...</message>}, to which the service adds. */
    static XmlElement success(String message) {
        return new XmlElement("response").leaf("status", "00").leaf("message", message);
    }
}

package id.go.tangerangkota.mpp.hub.sandbox;

/**
 * One service of a simulated XML back end served by {@link XmlAgencyHandler}: the handler has
 * made the shared checks; the service makes its own and answers.
 */
public interface XmlService {

    /** The path under the agency's base path, e.g. {@code /tilang/denda}. */
    String path();

    /** Sees every well-formed request before any check (for counting). */
    default void observe(XmlRequest request) {
    }

    /**
     * The whole successful answer, in the agency's envelope.
     *
     * @throws AgencyRejection when a check fails; its code and message are answered with HTTP 200
     */
    XmlElement answer(XmlRequest request);
}

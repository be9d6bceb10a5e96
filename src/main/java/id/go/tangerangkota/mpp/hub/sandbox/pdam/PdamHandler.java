package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import java.util.List;

import id.go.tangerangkota.mpp.hub.sandbox.XmlAgencyHandler;
import id.go.tangerangkota.mpp.hub.sandbox.XmlAgencyHandler.Refusal;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

/**
 * The simulated Tirta Benteng billing and customer-service API under {@code /pdam}: routes
 * {@code POST /pdam/api/<service>} with XML bodies and makes the checks every service shares, in
 * the back end's order:
 *
 * <ol>
 *   <li>path: unknown is HTTP 404, status 04;
 *   <li>HTTP Basic authentication with the collector account, else HTTP 401, status 41
 *       "USER ATAU PASSWORD SALAH" (and a {@code WWW-Authenticate} challenge);
 *   <li>method (405), content type {@code application/xml} or {@code text/xml} (415), size (413);
 *   <li>a well-formed {@code <request>} without DTD, else HTTP 400, status 30;
 *   <li>then the service's own checks.
 * </ol>
 *
 * <p>Every answer is {@code <response><status>..</status><message>..</message>...</response>};
 * business outcomes come with HTTP 200 and are told apart by {@code status}.
 *
 * <p>The plumbing is {@link XmlAgencyHandler}'s; this class holds what is the agency's own:
 * realm, request root, envelope, and the code and message of each shared check.
 */
final class PdamHandler {

    static final XmlAgencyHandler.Dialect DIALECT = new XmlAgencyHandler.Dialect(
            "Tirta Benteng", "request", PdamRejection.REFUSALS, PdamHandler::error,
            new Refusal("04", "LAYANAN TIDAK DITEMUKAN"), // unknown path
            new Refusal("41", "USER ATAU PASSWORD SALAH"), // no or wrong Basic credentials
            new Refusal("05", "METODE TIDAK DIIZINKAN"), // not POST
            new Refusal(PdamRejection.BAD_MESSAGE, "CONTENT-TYPE HARUS XML"), // not XML
            new Refusal("13", "UKURAN PESAN TERLALU BESAR"), // body over the limit
            new Refusal("96", "SISTEM SEDANG GANGGUAN")); // defect of the sandbox

    private PdamHandler() {
    }

    /** The handler for {@code basePath}, with the partner account given. */
    static XmlAgencyHandler create(String basePath, String username, String password, List<PdamService> services) {
        return new XmlAgencyHandler(basePath, username, password, DIALECT, services);
    }

    private static XmlElement error(String code, String message) {
        return new XmlElement("response").leaf("status", code).leaf("message", message);
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;
import id.go.tangerangkota.mpp.hub.sandbox.XmlService;

/**
 * One service of the simulated Tirta Benteng back end, under {@code /pdam/api}: answers the whole
 * successful {@code <response>}, or throws {@link PdamRejection} with its status and message.
 */
interface PdamService extends XmlService {

    /** {@code <response><status>00</status><message>...</message>}, to which the service adds. */
    static XmlElement success(String message) {
        return new XmlElement("response").leaf("status", "00").leaf("message", message);
    }
}

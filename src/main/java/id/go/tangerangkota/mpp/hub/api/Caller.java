package id.go.tangerangkota.mpp.hub.api;

import id.go.tangerangkota.mpp.hub.request.CitizenAccessLog;
import org.apache.camel.Message;

/**
 * Who is calling, as the API key filter set it from the key (a client cannot send its own): what an
 * access to a citizen's data is recorded under.
 *
 * @param site empty for clients not bound to a site
 */
record Caller(String clientId, String site, String role) {

    static Caller of(Message in) {
        return new Caller(in.getHeader(HttpCall.CLIENT_ID_HEADER, String.class),
                in.getHeader(HttpCall.CLIENT_SITE_HEADER, "", String.class),
                in.getHeader(HttpCall.CLIENT_ROLE_HEADER, String.class));
    }

    /** This caller's access to a citizen's data. */
    CitizenAccessLog.Access access(String nikHash, String agency, String service, String requestId, String purpose) {
        return new CitizenAccessLog.Access(nikHash, clientId, site, role, agency, service, requestId, purpose);
    }
}

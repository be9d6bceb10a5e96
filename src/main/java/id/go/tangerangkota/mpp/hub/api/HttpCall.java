package id.go.tangerangkota.mpp.hub.api;

/**
 * Names of the values that travel with one HTTP call through filters and Camel exchanges.
 */
public final class HttpCall {

    /** Header carrying the hub's id of this call, set by {@link RequestIdFilter}. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    /** Header carrying the authenticated client id, set by the API key filter. */
    public static final String CLIENT_ID_HEADER = "X-Mpp-Client-Id";
    /** Header carrying the site of the authenticated counter client. */
    public static final String CLIENT_SITE_HEADER = "X-Mpp-Client-Site";
    /** Header carrying the role of the authenticated client. */
    public static final String CLIENT_ROLE_HEADER = "X-Mpp-Client-Role";
    /** Header carrying the agency of the authenticated AGENCY client (empty for other roles). */
    public static final String CLIENT_AGENCY_HEADER = "X-Mpp-Client-Agency";
    /** MDC key under which log lines carry the request id. */
    public static final String MDC_REQUEST_ID = "requestId";

    private HttpCall() {
    }
}

package id.go.tangerangkota.mpp.hub.connector;

/**
 * Names of the exchange properties the hub's routes and beans share. The YAML routes use the same
 * names (e.g. {@code ${exchangeProperty.mppAgency}}).
 */
public final class FlowKeys {

    /** Agency slug of the call. */
    public static final String AGENCY = "mppAgency";
    /** Service id of the call. */
    public static final String SERVICE = "mppService";
    /** JMS message group of a queued application: its citizen's keyed NIK hash (order per citizen). */
    public static final String CITIZEN_GROUP = "JMSXGroupID";
    /** Set when an agency call ended at its time limit: such a call is not retried. */
    public static final String TIMED_OUT = "mppAgencyTimedOut";
    /** Service mode: inquiry, application or payment. */
    public static final String MODE = "mppMode";
    /** How a counter call ended when its HTTP status alone does not say it (held, pending), for metrics. */
    public static final String OUTCOME = "mppOutcome";
    /** The validated counter call ({@code api.ServiceCall}). */
    public static final String CALL = "mppCall";
    /** The canonical request envelope sent into a connector (a Jackson node). */
    public static final String ENVELOPE = "mppEnvelope";
    /** Set when an Idempotency-Key matched an earlier answer that is replayed. */
    public static final String REPLAY = "mppReplay";
    /** Set by delivery when a queued request needs no (more) delivery. */
    public static final String SKIP = "mppSkip";
    /** The stored request being delivered. */
    public static final String REQUEST_ID = "mppRequestId";
    /** Protocol adapter settings, set by the kamelet for its Java helpers. */
    public static final String AGENCY_ENDPOINT = "mppAgencyEndpoint";
    public static final String AGENCY_PATH = "mppAgencyPath";
    public static final String AGENCY_METHOD = "mppAgencyMethod";
    public static final String AGENCY_NAME = "mppAgencyName";
    /** HTTP headers the call declares in its descriptor (a JSON object with envelope placeholders). */
    public static final String CALL_HEADERS = "mppCallHeaders";
    /** The HTTP status of the agency's answer, for adapters over HTTP. */
    public static final String AGENCY_HTTP_STATUS = "mppAgencyHttpStatus";
    /** Content type of the agency's request body, set by the kamelet (default application/json). */
    public static final String AGENCY_CONTENT_TYPE = "mppAgencyContentType";

    private FlowKeys() {
    }
}

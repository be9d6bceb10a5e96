package id.go.tangerangkota.mpp.hub.protocol;

import java.util.Optional;

import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.tls.AgencyTlsContexts;
import id.go.tangerangkota.mpp.hub.protocol.tls.TlsFailures;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a network failure of an agency call (refused, reset, timed out) into a problem naming the
 * agency. The exception text is not passed on: it may name internal hosts. A failed TLS handshake
 * is not an outage but a set-up fault on one side (certificate not pinned, client certificate
 * refused): it is logged with the reason and the connector setting to check, and answered as the
 * agency's error (502), since retrying later does not mend it.
 */
public class AgencyCallErrors {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyCallErrors.class);
    /** Longest a TLS diagnosis of a failed call may take. */
    private static final int DIAGNOSIS_TIMEOUT_MS = 3000;

    private final AgencyTlsContexts tlsContexts;

    public AgencyCallErrors() {
        this(new AgencyTlsContexts());
    }

    /** @param tlsContexts the agencies' TLS set-ups, to tell a refused certificate from an outage */
    public AgencyCallErrors(AgencyTlsContexts tlsContexts) {
        this.tlsContexts = tlsContexts;
    }

    public void unreachable(Exchange exchange) {
        String slug = exchange.getProperty(FlowKeys.AGENCY, String.class);
        String agency = exchange.getProperty(FlowKeys.AGENCY_NAME, String.class);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        boolean timedOut = cause instanceof java.net.SocketTimeoutException
                || (cause != null && cause.getClass().getSimpleName().contains("Timeout"));
        Optional<String> tls = TlsFailures.explain(cause);
        if (tls.isEmpty() && !timedOut) {
            tls = tlsContexts.diagnose(slug, exchange.getProperty(FlowKeys.AGENCY_ENDPOINT, String.class),
                    DIAGNOSIS_TIMEOUT_MS);
        }
        if (tls.isPresent()) {
            exchange.setProperty(FlowKeys.TIMED_OUT, false);
            LOG.warn("TLS connection to agency {} failed: {}; check the tls section of connectors/{}/connector.yaml"
                    + " and the agency's certificate ({})", slug, tls.get(), slug,
                    cause == null ? "" : cause.getMessage());
            throw AgencyFailures.secureConnectionFailed(slug, agency, tls.get());
        }
        exchange.setProperty(FlowKeys.TIMED_OUT, timedOut);
        String why = timedOut ? "no answer within the time limit" : "connection failed";
        throw AgencyFailures.unreachable(slug, agency, why);
    }

    /** Lets a failure the route caught go on to the caller unchanged (after the guard counted it). */
    public void rethrow(Exchange exchange) throws Exception {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (cause != null) {
            throw cause;
        }
    }
}

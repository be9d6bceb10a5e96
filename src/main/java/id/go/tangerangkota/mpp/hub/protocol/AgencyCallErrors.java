package id.go.tangerangkota.mpp.hub.protocol;

import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import org.apache.camel.Exchange;

/**
 * Turns a network failure of an agency call (refused, reset, timed out) into a problem naming the
 * agency. The exception text is not passed on: it may name internal hosts.
 */
public class AgencyCallErrors {

    public void unreachable(Exchange exchange) {
        String slug = exchange.getProperty(FlowKeys.AGENCY, String.class);
        String agency = exchange.getProperty(FlowKeys.AGENCY_NAME, String.class);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        boolean timedOut = cause instanceof java.net.SocketTimeoutException
                || (cause != null && cause.getClass().getSimpleName().contains("Timeout"));
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

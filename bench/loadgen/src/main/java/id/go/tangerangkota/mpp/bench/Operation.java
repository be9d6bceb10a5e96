package id.go.tangerangkota.mpp.bench;

import java.io.IOException;

/**
 * One unit of work whose latency is measured: usually one request, sometimes a short exchange (a
 * direct SNAP payment is an inquiry then a payment, with a token fetched when none is valid).
 * One instance serves every connection of a run at once, so it must be thread-safe.
 */
@FunctionalInterface
public interface Operation {

    /**
     * Performs the operation once.
     *
     * @param http     the connection to use
     * @param sequence a number unique within the whole benchmark process, for identifiers that must
     *                 not repeat (external ids, nonces, customer numbers)
     * @return whether the operation succeeded as the scenario expects (the right status and a body
     *         that says so); a false is counted as an error
     * @throws IOException when the connection fails (also counted as an error)
     */
    boolean perform(HttpExchange http, long sequence) throws IOException;
}

package id.go.tangerangkota.mpp.bench;

/**
 * A host and port given on the command line as {@code host:port}.
 *
 * @param host the address
 * @param port the port
 */
public record Endpoint(String host, int port) {

    /** Parses {@code host:port}. */
    public static Endpoint parse(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected host:port, was " + value);
        }
        return new Endpoint(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
    }
}

package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A host-to-host endpoint, written {@code tcp://host:port} in the connector's endpoint property.
 *
 * @param host the host name or address
 * @param port the TCP port
 */
public record TcpEndpoint(String host, int port) {

    /**
     * @throws IllegalArgumentException when the text is not {@code tcp://host:port}
     */
    public static TcpEndpoint parse(String text) {
        try {
            URI uri = new URI(text == null ? "" : text.strip());
            if (!"tcp".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 1) {
                throw new IllegalArgumentException("the endpoint must be tcp://host:port");
            }
            return new TcpEndpoint(uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the endpoint must be tcp://host:port", e);
        }
    }

    @Override
    public String toString() {
        return "tcp://" + host + ":" + port;
    }
}

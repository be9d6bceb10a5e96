package id.go.tangerangkota.mpp.bench;

import java.io.IOException;
import java.util.Map;

/**
 * One keep-alive HTTP/1.1 connection as an operation sees it: send a request, get its answer.
 * An operation may send several requests in a row (a token, then the call that needs it); they all
 * go over the same connection, as a real client's would.
 */
public interface HttpExchange {

    /**
     * Sends one request and reads its whole answer.
     *
     * @param method  GET, POST, PUT
     * @param path    the path and query, starting with {@code /}
     * @param headers request headers besides Host, Content-Length and Connection (added here)
     * @param body    the body, or {@code null} for none
     * @return the answer
     * @throws IOException when the connection fails; the load loop counts it as an error and reconnects
     */
    HttpAnswer send(String method, String path, Map<String, String> headers, byte[] body) throws IOException;
}

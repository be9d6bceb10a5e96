package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;

/**
 * Calls a simulated XML back end with HTTP Basic (Kejari, PDAM, Pengadilan Agama) over a real
 * socket, as the connector would. Each agency's test client gives its base path, demo account
 * and answer type.
 *
 * @param <A> the agency's answer, which knows its status and message elements
 */
public abstract class XmlTestClient<A extends XmlAnswer> {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;
    private final String authorization;
    private final Function<String, A> answers;

    protected XmlTestClient(String baseUrl, String username, String password, Function<String, A> answers) {
        this.baseUrl = baseUrl;
        this.authorization = basic(username, password);
        this.answers = answers;
    }

    /** An HTTP Basic {@code Authorization} value. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs XML with the demo account; the answer must be HTTP 200. */
    public A call(String path, String xml) throws IOException, InterruptedException {
        HttpResponse<String> r = send("POST", path, xml, "application/xml", authorization);
        if (r.statusCode() != 200) {
            throw new AssertionError("HTTP " + r.statusCode() + ": " + r.body());
        }
        return answers.apply(r.body());
    }

    /** Sends anything, for the checks of method, content type and credentials; null leaves a header out. */
    public HttpResponse<String> send(String method, String path, String body, String contentType, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

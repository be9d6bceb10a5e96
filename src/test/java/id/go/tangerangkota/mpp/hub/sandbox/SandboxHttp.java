package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts to a simulated back end over a real socket, as a partner would, for the sandbox tests of
 * the agencies that take a body and an optional {@code X-Api-Key}. Each test keeps its own path,
 * content type and key.
 */
public final class SandboxHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private SandboxHttp() {
    }

    /** POSTs {@code body} as {@code contentType}, with {@code X-Api-Key} unless {@code apiKey} is null. */
    public static HttpResponse<String> post(String url, String contentType, String body, String apiKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

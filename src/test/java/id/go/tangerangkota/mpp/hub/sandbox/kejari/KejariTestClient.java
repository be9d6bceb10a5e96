package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import javax.xml.parsers.DocumentBuilderFactory;

import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import org.w3c.dom.Element;

/** Calls the simulated Kejari PTSP back end over a real socket, as the connector would. */
final class KejariTestClient {

    static final String USERNAME = "mpp-kota-tangerang";
    static final String PASSWORD = "sandbox-kejari-demo-password";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;

    KejariTestClient(SandboxServer server) {
        this.baseUrl = server.baseUrl() + "/kejari/ptsp/v1";
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs XML with the demo account; the answer must be HTTP 200. */
    Answer call(String path, String xml) throws IOException, InterruptedException {
        HttpResponse<String> r = send("POST", path, xml, "application/xml", basic(USERNAME, PASSWORD));
        if (r.statusCode() != 200) {
            throw new AssertionError("HTTP " + r.statusCode() + ": " + r.body());
        }
        return Answer.of(r.body());
    }

    HttpResponse<String> send(String method, String path, String body, String contentType, String authorization)
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

    /** A parsed answer: its status, message and any element's text by path. */
    record Answer(Element root, String xml) {
        static Answer of(String xml) {
            try {
                return new Answer(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement(), xml);
            } catch (Exception e) {
                throw new AssertionError("not XML: " + xml, e);
            }
        }

        String status() {
            return text("kode");
        }

        String message() {
            return text("pesan");
        }

        /** Text of the first element named so, anywhere in the answer; null when absent. */
        String text(String name) {
            var nodes = root.getElementsByTagName(name);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }

        int count(String name) {
            return root.getElementsByTagName(name).getLength();
        }
    }
}

package id.go.tangerangkota.mpp.hub.protocol.snap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The SANDBOX DEMO KEY as application-sandbox.yaml holds it: the one private key in the repository. */
final class SandboxDemoKey {

    private SandboxDemoKey() {
    }

    static String pem() {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .readTree(Files.readString(Path.of("src/main/resources/application-sandbox.yaml")))
                    .path("mpp").path("agency").path("bank-bjb").path("private-key").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String publicPem() {
        try {
            return Files.readString(Path.of("src/main/resources/sandbox/bank-bjb/mpp-hub-public-key.pem"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.go.tangerangkota.mpp.hub.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a {@code tls} section into a copy of a connector descriptor, for tests of mutual TLS. */
public final class TlsConnectors {

    private TlsConnectors() {
    }

    /**
     * The tls section with references under {@code mpp.agency.<slug>.tls.*}.
     *
     * @param clientKey whether to present a client certificate (keystore) at all
     * @param alias     the key alias to name, or null
     */
    public static String section(String slug, boolean clientKey, String alias) {
        String p = "mpp.agency." + slug + ".tls.";
        StringBuilder yaml = new StringBuilder("tls:\n");
        if (clientKey) {
            yaml.append("  keystore:\n")
                    .append("    path: ${").append(p).append("keystore}\n")
                    .append("    password: ${").append(p).append("keystore-password}\n");
        }
        if (alias != null) {
            yaml.append("  alias: ").append(alias).append('\n');
        }
        yaml.append("  truststore:\n")
                .append("    path: ${").append(p).append("truststore}\n")
                .append("    password: ${").append(p).append("truststore-password}\n")
                .append("  protocols: [TLSv1.3, TLSv1.2]\n");
        return yaml.toString();
    }

    /** Puts {@code section} into the descriptor in {@code connectors/<slug>/}, replacing any tls section. */
    public static void write(Path connectors, String slug, String section) throws IOException {
        Path file = connectors.resolve(slug).resolve("connector.yaml");
        String yaml = Files.readString(file).replaceAll("(?ms)^tls:\\n(  .*?\\n)+", "");
        int at = yaml.indexOf("\nresilience:");
        if (at < 0) {
            throw new IllegalStateException(file + " has no resilience section to put tls before");
        }
        Files.writeString(file, yaml.substring(0, at + 1) + section + yaml.substring(at + 1));
    }
}

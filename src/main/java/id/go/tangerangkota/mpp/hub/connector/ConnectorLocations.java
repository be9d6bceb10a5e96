package id.go.tangerangkota.mpp.hub.connector;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Where connectors, mappings and protocol adapters are read from. By default from the classpath
 * (they are packaged into the jar); point them at folders ({@code file:/etc/mpp/connectors}) to
 * let agency teams change files without a new build.
 *
 * @param connectors base location of {@code <slug>/connector.yaml} folders
 * @param mappings   base location of mapping files
 * @param kamelets   base location of protocol adapters
 * @param schema     the descriptor schema; by default {@code connector.schema.json} in the connectors folder
 */
@ConfigurationProperties(prefix = "mpp.locations")
public record ConnectorLocations(String connectors, String mappings, String kamelets, String schema) {

    @ConstructorBinding
    public ConnectorLocations {
        connectors = trim(connectors == null ? "classpath:connectors" : connectors);
        mappings = trim(mappings == null ? "classpath:mappings" : mappings);
        kamelets = trim(kamelets == null ? "classpath:routes/kamelets" : kamelets);
        schema = schema == null ? connectors + "/connector.schema.json" : schema;
    }

    public ConnectorLocations(String connectors, String mappings, String kamelets) {
        this(connectors, mappings, kamelets, null);
    }

    private static String trim(String location) {
        return location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
    }

    public String descriptor(String slug) {
        return connectors + "/" + slug + "/connector.yaml";
    }

    /** Pattern that finds every descriptor. */
    public String descriptorPattern() {
        String base = connectors.startsWith("classpath:") ? "classpath*:" + connectors.substring(10) : connectors;
        return base + "/*/connector.yaml";
    }

    public String mapping(String file) {
        return mappings + "/" + file;
    }

    public String kamelet(String protocol) {
        return kamelets + "/" + protocol + ".kamelet.yaml";
    }

    /** How the connectors folder is named in messages to people. */
    public String connectorsDisplay() {
        return "connectors";
    }
}

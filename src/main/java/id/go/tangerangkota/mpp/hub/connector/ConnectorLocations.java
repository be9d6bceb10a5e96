package id.go.tangerangkota.mpp.hub.connector;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where connectors, mappings and protocol adapters are read from. By default from the classpath
 * (they are packaged into the jar); point them at folders ({@code file:/etc/mpp/connectors}) to
 * let agency teams change files without a new build.
 *
 * @param connectors base location of {@code <slug>/connector.yaml} folders
 * @param mappings   base location of mapping files
 * @param kamelets   base location of protocol adapters
 */
@ConfigurationProperties(prefix = "mpp.locations")
public record ConnectorLocations(String connectors, String mappings, String kamelets) {

    public ConnectorLocations {
        connectors = trim(connectors == null ? "classpath:connectors" : connectors);
        mappings = trim(mappings == null ? "classpath:mappings" : mappings);
        kamelets = trim(kamelets == null ? "classpath:routes/kamelets" : kamelets);
    }

    private static String trim(String location) {
        return location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
    }

    public String schema() {
        return connectors + "/connector.schema.json";
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

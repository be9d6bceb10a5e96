package id.go.tangerangkota.mpp.hub.support;

import java.io.IOException;

import id.go.tangerangkota.mpp.hub.connector.ConnectorLoader;
import id.go.tangerangkota.mpp.hub.connector.ConnectorLocations;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.env.MockEnvironment;

/** Connector registries for unit tests, loaded without a hub, with the settings the sandbox profile gives. */
public final class SandboxConnectors {

    private SandboxConnectors() {
    }

    /**
     * The settings the sandbox profile gives the connectors, read from application-sandbox.yaml
     * itself, so every connector enabled there is checked with the values it really runs with.
     */
    public static MockEnvironment sandboxEnvironment() {
        MockEnvironment environment = new MockEnvironment().withProperty("mpp.sandbox.port", "8090");
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load("sandbox",
                    new ClassPathResource("application-sandbox.yaml"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return environment;
    }

    /** The connectors at {@code connectorsLocation} (e.g. {@code file:connectors}), mappings from the project. */
    public static ConnectorRegistry registry(String connectorsLocation, MockEnvironment environment) {
        ConnectorLocations locations = new ConnectorLocations(connectorsLocation, "file:mappings", "file:routes/kamelets");
        DefaultResourceLoader resources = new DefaultResourceLoader();
        return new ConnectorRegistry(new ConnectorLoader(environment, resources, locations),
                new PathMatchingResourcePatternResolver(resources), locations);
    }
}

package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.Profiles;

/**
 * Starts the simulated agency back ends inside the hub's JVM under the {@code sandbox} profile, on
 * their own port ({@code mpp.sandbox.port}, 8090; 0 picks a free one), before any bean is made. The
 * port actually bound is published as {@code mpp.sandbox.port}, so connector endpoints that
 * reference it reach this sandbox. The hub reaches it over real sockets through its connectors,
 * as it would the real agencies; no hub class imports this package. For a separate JVM (the
 * benchmark), run {@link SandboxMain}.
 */
public class SandboxInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Every {@code mpp.sandbox.*} property, for the simulated agencies' own settings. */
    private static Map<String, String> sandboxProperties(ConfigurableEnvironment env) {
        Map<String, String> properties = new HashMap<>();
        for (PropertySource<?> source : env.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith("mpp.sandbox.")) {
                        properties.putIfAbsent(name, env.getProperty(name));
                    }
                }
            }
        }
        return properties;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (!env.acceptsProfiles(Profiles.of("sandbox"))
                || !env.getProperty("mpp.sandbox.enabled", Boolean.class, true)) {
            return;
        }
        SandboxServer server;
        try {
            server = SandboxServer.start(SandboxSettings.demo(env.getProperty("mpp.sandbox.port", Integer.class, 8090)),
                    sandboxProperties(env));
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox back ends cannot start on port "
                    + env.getProperty("mpp.sandbox.port") + "; set mpp.sandbox.port to a free port", e);
        }
        Map<String, Object> runtime = new HashMap<>(server.runtimeProperties());
        runtime.put("mpp.sandbox.port", server.port());
        env.getPropertySources().addFirst(new MapPropertySource("sandbox-runtime", runtime));
        context.getBeanFactory().registerSingleton("sandboxServer", server);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
            if (event.getApplicationContext() == context) {
                server.close();
            }
        });
    }
}

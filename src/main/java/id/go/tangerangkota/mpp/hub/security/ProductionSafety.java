package id.go.tangerangkota.mpp.hub.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Refuses to start the hub under profile {@code production} while anything of the sandbox is
 * configured: the sandbox profile or simulator, or any agency credential, NIK-hash key or API client
 * key whose value is one of the published demo values of {@code application-sandbox.yaml}. The
 * refusal names each offending setting (never its value), before the hub opens a connection to
 * anything. The demo values are read from that file itself, so a demo value added there is guarded
 * at once.
 */
public class ProductionSafety implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String SANDBOX_FILE = "application-sandbox.yaml";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    /**
     * @throws IllegalStateException naming every offending setting, when {@code environment} is a
     *                               production one with sandbox settings
     */
    static void check(ConfigurableEnvironment environment) {
        if (!environment.acceptsProfiles(Profiles.of("production"))) {
            return;
        }
        List<String> offending = offendingSettings(environment, demoValues());
        if (!offending.isEmpty()) {
            throw new IllegalStateException("Refusing to start under profile production: these settings are the "
                    + "sandbox's, published as demo values: " + String.join(", ", offending)
                    + ". Give each its real value (e.g. from its MPP_AGENCY_<SLUG>_* or MPP_SECURITY_* environment "
                    + "variable) and keep the sandbox profile and mpp.sandbox.enabled off.");
        }
    }

    static List<String> offendingSettings(Environment environment, Map<String, String> demo) {
        List<String> offending = new ArrayList<>();
        if (environment.acceptsProfiles(Profiles.of("sandbox"))) {
            offending.add("spring.profiles.active (sandbox)");
        }
        if (environment.getProperty("mpp.sandbox.enabled", Boolean.class, false)) {
            offending.add("mpp.sandbox.enabled");
        }
        Set<String> demoKeyHashes = new TreeSet<>();
        demo.forEach((key, value) -> {
            if (key.startsWith("mpp.security.clients[")) {
                if (key.endsWith(".key-sha256")) {
                    demoKeyHashes.add(value.toLowerCase());
                }
            } else if (value.equals(Objects.toString(environment.getProperty(key), "").trim())) {
                offending.add(key);
            }
        });
        for (int i = 0; environment.containsProperty("mpp.security.clients[" + i + "].id"); i++) {
            String hash = environment.getProperty("mpp.security.clients[" + i + "].key-sha256");
            if (hash != null && demoKeyHashes.contains(hash.trim().toLowerCase())) {
                offending.add("mpp.security.clients[" + i + "].key-sha256 (client "
                        + environment.getProperty("mpp.security.clients[" + i + "].id") + ")");
            }
        }
        return offending;
    }

    /**
     * The secrets and identities of the sandbox file: every value under {@code mpp.agency} and
     * {@code mpp.security}, but the agencies' URLs (they point at the simulator and are no secret) and
     * the access rights and rate limits (policy, which production may share).
     */
    static Map<String, String> demoValues() {
        Map<String, String> demo = new LinkedHashMap<>();
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load("sandbox",
                    new ClassPathResource(SANDBOX_FILE))) {
                for (String key : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                    String text = Objects.toString(source.getProperty(key), "").trim();
                    boolean secretArea = key.startsWith("mpp.agency.") || key.startsWith("mpp.security.");
                    boolean address = key.endsWith(".url") || key.endsWith("-url");
                    // Who may call what, and how often, are policy, not secrets: production may well
                    // grant the same sites the same rights.
                    boolean policy = key.startsWith("mpp.security.access-rights")
                            || key.startsWith("mpp.security.rate-limits");
                    if (secretArea && !address && !policy && !text.isEmpty()) {
                        demo.put(key, text);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SANDBOX_FILE + " to know the demo values", e);
        }
        return demo;
    }
}

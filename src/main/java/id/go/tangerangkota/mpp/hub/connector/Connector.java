package id.go.tangerangkota.mpp.hub.connector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.networknt.schema.JsonSchema;
import id.go.tangerangkota.mpp.hub.protocol.tls.AgencyTls;

/**
 * A loaded connector: its descriptor, its state, and what the hub prepared from it (compiled input
 * schemas, resolved endpoint and secrets). Immutable; a reload makes a new one.
 *
 * @param slug        the agency slug (folder name)
 * @param source      where the descriptor was read from, for messages
 * @param descriptor  the descriptor, or null when it could not even be parsed
 * @param state       whether it serves
 * @param problems    what is wrong, for an INVALID connector (file, field, fix)
 * @param endpoint    the resolved base URL (AVAILABLE only)
 * @param endpoints   resolved per-call endpoint overrides, by their ${...} reference
 * @param secrets     resolved secret values by name (AVAILABLE only); never logged
 * @param inputs      compiled input schema per service id
 * @param tls         the loaded TLS set-up towards the agency (AVAILABLE only), or null when it has none;
 *                    never logged beyond {@link AgencyTls#describe()}
 */
public record Connector(
        String slug,
        String source,
        ConnectorDescriptor descriptor,
        ConnectorState state,
        List<ConnectorProblem> problems,
        String endpoint,
        Map<String, String> endpoints,
        Map<String, String> secrets,
        Map<String, JsonSchema> inputs,
        AgencyTls tls) {

    /** A connector without a TLS set-up of its own. */
    public Connector(String slug, String source, ConnectorDescriptor descriptor, ConnectorState state,
            List<ConnectorProblem> problems, String endpoint, Map<String, String> endpoints, Map<String, String> secrets,
            Map<String, JsonSchema> inputs) {
        this(slug, source, descriptor, state, problems, endpoint, endpoints, secrets, inputs, null);
    }

    public Connector {
        problems = List.copyOf(problems);
        endpoints = Map.copyOf(endpoints);
        secrets = Map.copyOf(secrets);
        inputs = Map.copyOf(new LinkedHashMap<>(inputs));
    }

    /** A connector whose descriptor cannot be used at all. */
    public static Connector invalid(String slug, String source, ConnectorDescriptor descriptor,
            List<ConnectorProblem> problems) {
        return new Connector(slug, source, descriptor, ConnectorState.INVALID, problems, null, Map.of(), Map.of(),
                Map.of());
    }

    public Optional<ConnectorDescriptor.Service> service(String serviceId) {
        if (descriptor == null || descriptor.services() == null) {
            return Optional.empty();
        }
        return descriptor.services().stream().filter(s -> s.id().equals(serviceId)).findFirst();
    }

    /** The base URL of one call: its own endpoint when it declares one, else the connector's. */
    public String endpointOf(ConnectorDescriptor.Call call) {
        return call.endpoint() == null ? endpoint : endpoints.get(call.endpoint());
    }

    /** The name to show people: the short name when there is one. */
    public String displayName() {
        if (descriptor == null) {
            return slug;
        }
        return descriptor.shortName() != null ? descriptor.shortName() : descriptor.name();
    }

    @Override
    public String toString() {
        // Never print the secrets.
        return "Connector[" + slug + ", " + state + "]";
    }
}

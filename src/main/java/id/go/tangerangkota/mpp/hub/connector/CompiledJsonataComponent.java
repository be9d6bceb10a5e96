package id.go.tangerangkota.mpp.hub.connector;

import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.component.jsonata.JsonataComponent;
import org.apache.camel.component.jsonata.JsonataFrameBinding;

/**
 * Camel's {@code jsonata:} component, with each mapping parsed once, when its endpoint starts,
 * instead of on every call (see {@link CompiledJsonataEndpoint}). Registered under the name {@code jsonata}, so the
 * kamelets' {@code jsonata:} steps use it unchanged.
 *
 * <p>Why: Camel 4.17's endpoint reads and parses the mapping file on every exchange; the benchmark
 * profile showed parsing (tokenizer, regex compilation) at about 12 % of the hub's CPU on a NIK
 * look-up. A connector reload still sees changed files: it removes the mapping endpoints
 * ({@link ConnectorReloader}), and the new ones parse the files as they are then.
 */
public class CompiledJsonataComponent extends JsonataComponent {

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        boolean allowTemplateFromHeader = getAndRemoveParameter(parameters, "allowTemplateFromHeader", Boolean.class,
                Boolean.FALSE);
        JsonataFrameBinding binding = resolveAndRemoveReferenceParameter(parameters, "frameBinding",
                JsonataFrameBinding.class);
        CompiledJsonataEndpoint endpoint = new CompiledJsonataEndpoint(uri, this, remaining,
                binding != null ? binding : getFrameBinding());
        endpoint.setAllowTemplateFromHeader(allowTemplateFromHeader);
        setProperties(endpoint, parameters);
        return endpoint;
    }
}

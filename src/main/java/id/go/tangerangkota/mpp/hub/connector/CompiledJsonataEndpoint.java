package id.go.tangerangkota.mpp.hub.connector;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.component.jsonata.JsonataConstants;
import org.apache.camel.component.jsonata.JsonataEndpoint;
import org.apache.camel.component.jsonata.JsonataFrameBinding;
import org.apache.camel.component.jsonata.JsonataInputOutputType;
import org.apache.camel.support.ExchangeHelper;

/**
 * A {@code jsonata:} endpoint that parses its mapping on first use and evaluates the parsed
 * expression on every later exchange. Input, output, frame binding and pretty printing behave as in
 * Camel's {@link JsonataEndpoint}; a template taken from a header (never used by the hub) is left
 * to Camel's own code.
 *
 * <p>One parsed {@link Jsonata} serves concurrent exchanges: jsonata-java evaluates on a per-thread
 * copy of the expression, and each evaluation gets its own frame here.
 */
class CompiledJsonataEndpoint extends JsonataEndpoint {

    private final ObjectMapper mapper = new ObjectMapper();
    private volatile Jsonata expression;

    CompiledJsonataEndpoint(String uri, CompiledJsonataComponent component, String resourceUri,
            JsonataFrameBinding frameBinding) {
        super(uri, component, resourceUri, frameBinding);
    }

    /**
     * Parses the mapping when the route starts, as Camel's endpoint caches the file's content then:
     * the routes serve the files as they were at their start, and a reload refused because the files
     * are broken leaves the running version serving what it started with.
     */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        compiled();
    }

    @Override
    protected void onExchange(Exchange exchange) throws Exception {
        if (isAllowTemplateFromHeader()
                && exchange.getIn().getHeader(JsonataConstants.JSONATA_RESOURCE_URI) != null) {
            super.onExchange(exchange);
            return;
        }
        Object input = getInputType() == JsonataInputOutputType.JsonString
                ? mapper.readValue(exchange.getIn().getBody(InputStream.class), Object.class)
                : mapper.convertValue(exchange.getIn().getBody(), Object.class);
        Jsonata compiled = compiled();
        Jsonata.Frame frame = compiled.createFrame();
        if (getFrameBinding() != null) {
            getFrameBinding().bindToFrame(frame);
        }
        Object output = compiled.evaluate(input, frame);
        String json = isPrettyPrint() ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(output)
                : mapper.writeValueAsString(output);
        ExchangeHelper.setInOutBodyPatternAware(exchange,
                getOutputType() == JsonataInputOutputType.JsonString ? json : mapper.readTree(json));
    }

    private Jsonata compiled() throws IOException {
        Jsonata parsed = expression;
        if (parsed == null) {
            synchronized (this) {
                parsed = expression;
                if (parsed == null) {
                    try (InputStream mapping = getResourceAsInputStream()) {
                        parsed = Jsonata.jsonata(new String(mapping.readAllBytes(), StandardCharsets.UTF_8));
                    }
                    expression = parsed;
                }
            }
        }
        return parsed;
    }
}

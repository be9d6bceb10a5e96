package id.go.tangerangkota.mpp.hub.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Calls an agency's {@code direct:call-*} route the way the hub's flows do: with the envelope they
 * build (the connector's real secrets) as exchange property and as body. For the route-level
 * tests of the agency ITs, e.g. exactly-once delivery of the same application.
 */
public final class RouteCalls {

    private final ProducerTemplate producer;
    private final ConnectorRegistry registry;
    private final EnvelopeFactory envelopes;

    public RouteCalls(ProducerTemplate producer, ConnectorRegistry registry, EnvelopeFactory envelopes) {
        this.producer = producer;
        this.registry = registry;
        this.envelopes = envelopes;
    }

    /** The envelope of one citizen's request to the agency, as sent by the route tests' counter. */
    public ObjectNode envelope(String agency, String requestId, String nik, String data) {
        return envelopes.build(registry.find(agency).orElseThrow(), requestId,
                HubClient.parse(HubClient.citizenBody(nik, data)), "route-test", "mpp-tangerang");
    }

    /** Sends the envelope to the route; the exchange as it came back, exception included. */
    public Exchange send(String route, ObjectNode envelope) {
        return producer.send(route, e -> {
            e.setProperty(FlowKeys.ENVELOPE, envelope);
            e.getMessage().setBody(envelope.toString());
        });
    }

    /** Sends the envelope to the route, which must not fail; the agency's outcome. */
    public AgencyOutcome outcome(String route, ObjectNode envelope) {
        Exchange done = send(route, envelope);
        assertThat(done.getException()).isNull();
        return done.getMessage().getBody(AgencyOutcome.class);
    }
}

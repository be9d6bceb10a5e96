package id.go.tangerangkota.mpp.hub.payment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Calls one connector route ({@code direct:call-<slug>-<id>}) with an envelope and gives back the
 * agency's classified answer, or throws the problem that names the agency: the same routes the
 * counter's inquiries use, over the same sockets.
 */
public class AgencyCalls {

    private final ProducerTemplate producer;

    public AgencyCalls(ProducerTemplate producer) {
        this.producer = producer;
    }

    public AgencyOutcome call(String slug, String id, ObjectNode envelope) {
        Exchange answer = producer.send("direct:call-" + slug + "-" + id, exchange -> {
            exchange.setProperty(FlowKeys.ENVELOPE, envelope);
            exchange.getMessage().setBody(envelope.toString());
        });
        Exception failure = answer.getException();
        if (failure instanceof HubProblem problem) {
            throw problem;
        }
        if (failure != null) {
            throw AgencyFailures.agencyError(slug, slug, "the call failed");
        }
        return answer.getMessage().getBody(AgencyOutcome.class);
    }
}

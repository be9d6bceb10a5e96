package id.go.tangerangkota.mpp.hub.resilience;

import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Makes an inquiry's agency call, retrying a quick technical failure (connection refused or cut, a
 * server error) with backoff as the connector's {@code resilience.retry} says; a call that reached
 * its time limit is not repeated. Only inquiries are retried: they change nothing at the agency.
 * Applications are redelivered through their queue under the agency's own deduplication, and a
 * payment is never sent twice (its flow asks for the status instead). No retry while the agency's
 * circuit is open or its bulkhead full: those refusals are answered at once.
 */
public class InquiryCalls {

    private final ProducerTemplate producer;
    private final ConnectorRegistry registry;

    public InquiryCalls(ProducerTemplate producer, ConnectorRegistry registry) {
        this.producer = producer;
        this.registry = registry;
    }

    /** Route step: calls {@code direct:call-<agency>-<service>} and leaves its answer as the body. */
    public void call(Exchange exchange) throws Exception {
        String slug = exchange.getProperty(FlowKeys.AGENCY, String.class);
        String service = exchange.getProperty(FlowKeys.SERVICE, String.class);
        ConnectorDescriptor.Retry retry = settingsOf(slug);
        long backoff = retry.backoffMs();
        for (int attempt = 1; ; attempt++) {
            Exchange answer = producer.send("direct:call-" + slug + "-" + service, exchange.copy());
            Exception failure = answer.getException();
            // A call that ran into its time limit is not repeated: the counter would wait twice as long
            // for an agency that is slow, and the agency would get more load when it can least take it.
            boolean timedOut = Boolean.TRUE.equals(answer.getProperty(FlowKeys.TIMED_OUT, Boolean.class));
            boolean technical = !timedOut && (failure != null ? isRetryable(failure) : isAgencyError(answer));
            if (!technical || attempt >= retry.maxAttempts()) {
                if (failure != null) {
                    throw failure;
                }
                exchange.getProperties().putAll(answer.getProperties());
                exchange.getMessage().setBody(answer.getMessage().getBody());
                return;
            }
            Thread.sleep(backoff);
            backoff = Math.min(backoff * 2, 10_000);
        }
    }

    private ConnectorDescriptor.Retry settingsOf(String slug) {
        return registry.find(slug).map(c -> c.descriptor().resilience())
                .orElse(ConnectorDescriptor.Resilience.DEFAULTS).retryOrDefault();
    }

    private static boolean isAgencyError(Exchange answer) {
        return answer.getMessage().getBody() instanceof AgencyOutcome outcome
                && outcome.kind() == AgencyOutcome.Kind.AGENCY_ERROR;
    }

    /** A technical failure of the agency, not a refusal by its guard (retrying that would not help). */
    private static boolean isRetryable(Exception failure) {
        if (failure instanceof HubProblem problem && problem.extensions().containsKey("circuitState")) {
            return false;
        }
        return AgencyGuards.isAgencyFailure(failure);
    }
}

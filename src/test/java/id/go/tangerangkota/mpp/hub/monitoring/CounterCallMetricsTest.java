package id.go.tangerangkota.mpp.hub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.api.ProblemType;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class CounterCallMetricsTest {

    private final DefaultCamelContext camel = new DefaultCamelContext();

    @Test
    void aCallsOutcomeComesFromItsProblemItsFlowOrItsStatus() {
        assertThat(outcome(x -> x.setException(new HubProblem(ProblemType.AGENCY_UNAVAILABLE, "down"))))
                .isEqualTo("unavailable");
        assertThat(outcome(x -> x.setException(new HubProblem(ProblemType.VALIDATION, "bad")))).isEqualTo("invalid");
        assertThat(outcome(x -> x.setException(new HubProblem(ProblemType.AGENCY_NOT_FOUND, "none"))))
                .isEqualTo("not_found");
        assertThat(outcome(x -> x.setException(new IllegalStateException("bug")))).isEqualTo("error");
        assertThat(outcome(x -> x.setProperty(FlowKeys.OUTCOME, "held"))).isEqualTo("held");
        assertThat(outcome(x -> x.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 202))).isEqualTo("accepted");
        assertThat(outcome(x -> x.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200))).isEqualTo("answered");
        assertThat(outcome(x -> x.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 400))).isEqualTo("invalid");
        assertThat(outcome(x -> x.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 503))).isEqualTo("unavailable");
    }

    private String outcome(java.util.function.Consumer<Exchange> setUp) {
        Exchange exchange = new DefaultExchange(camel);
        setUp.accept(exchange);
        return CounterCallMetrics.outcomeOf(exchange);
    }
}

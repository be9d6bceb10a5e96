package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The last word on what leaves the hub: failures become problems, nothing internal leaks.
 */
class ResponseGuardTest {

    private final CamelContext camel = new DefaultCamelContext();

    private Exchange run(Processor route) throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getIn().setHeader(HttpCall.REQUEST_ID_HEADER, "req-1");
        exchange.getIn().setHeader(Exchange.HTTP_URI, "/api/v1/agencies");
        exchange.getIn().setHeader("X-API-Key", "secret-key");
        new ResponseGuard(route).process(exchange);
        return exchange;
    }

    @Test
    void aDatabaseOutageIsA503NamingTheStorageWithRetryAfter() throws Exception {
        Exchange e = run(x -> {
            throw new CannotGetJdbcConnectionException("Connection refused: db.internal:5432");
        });

        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(503);
        assertThat(e.getMessage().getHeader("Retry-After")).isEqualTo("10");
        assertThat(e.getMessage().getBody(String.class)).contains("/problems/storage-unavailable")
                .contains("database").doesNotContain("db.internal").doesNotContain("Exception");
    }

    @Test
    void aDefectIsA500WithTheRequestIdAndNoInternals() throws Exception {
        Exchange e = run(x -> {
            throw new NullPointerException("field secretThing of com.example.Internal");
        });

        String body = e.getMessage().getBody(String.class);
        assertThat(e.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(500);
        assertThat(body).contains("\"requestId\":\"req-1\"").doesNotContain("secretThing")
                .doesNotContain("NullPointer");
    }

    @Test
    void aBareErrorStatusGetsAProblemBodyInsteadOfTheEchoedRequest() throws Exception {
        Exchange e = run(x -> {
            x.getMessage().setBody("{\"citizen\":{\"nik\":\"3671011203850001\"}}");
            x.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
        });

        assertThat(e.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo(ProblemDocument.MEDIA_TYPE);
        assertThat(e.getMessage().getBody(String.class)).contains("/problems/not-found")
                .doesNotContain("3671011203850001");
    }

    @Test
    void onlyAllowListedHeadersLeave() throws Exception {
        Exchange e = run(x -> {
            x.getMessage().setHeader("CamelHttpMethod", "GET");
            x.getMessage().setHeader("mppInternal", "x");
            x.getMessage().setHeader("Location", "/api/v1/requests/1");
        });

        // The request id is on the servlet response already (RequestIdFilter); Camel must not add a second.
        assertThat(e.getMessage().getHeaders()).containsKeys("Location")
                .doesNotContainKeys("X-API-Key", "mppInternal", "CamelHttpMethod", HttpCall.REQUEST_ID_HEADER);
    }

    @Test
    void aFailureCarriesNoHeaderOfTheStepThatFailed() throws Exception {
        Exchange e = run(x -> {
            // What an agency's redirect would leave on the message.
            x.getMessage().setHeader("Location", "http://10.20.30.40/sso/login?session=internal");
            x.getMessage().setHeader("Retry-After", "99999");
            throw new HubProblem(ProblemType.AGENCY_ERROR, "Disdukcapil answered with an error: HTTP 302");
        });

        assertThat(e.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(502);
        assertThat(e.getMessage().getHeaders()).doesNotContainKeys("Location", "Retry-After");
    }

    @Test
    void aHubSetValueSentAgainAsQueryParameterIsRefusedBeforeAnyRoute() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean routeRan = new java.util.concurrent.atomic.AtomicBoolean();
        Exchange exchange = new DefaultExchange(camel);
        exchange.getIn().setHeader(HttpCall.REQUEST_ID_HEADER, "req-1");
        // The filter's value plus a query parameter of the same name: Camel merges them into a list.
        exchange.getIn().setHeader(HttpCall.CLIENT_SITE_HEADER, java.util.List.of("mpp-tangerang", "kec-karawaci"));
        new ResponseGuard(x -> routeRan.set(true)).process(exchange);

        assertThat(routeRan).isFalse();
        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
        assertThat(exchange.getMessage().getBody(String.class)).contains(HttpCall.CLIENT_SITE_HEADER);
    }
}

package id.go.tangerangkota.mpp.hub.protocol.vclaim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/**
 * The kamelet's Java half on a known vector: the headers it signs at a given instant, and the answer
 * it opens with the timestamp it signed with.
 */
class VclaimCallTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode vector() throws Exception {
        return VclaimCipherTest.vectors().get(0);
    }

    private static Exchange exchange(JsonNode v, String secret) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.putObject("credentials").put("consId", v.path("consId").asText()).put("secretKey", secret)
                .put("userKey", "user-key-1");
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(FlowKeys.ENVELOPE, envelope);
        exchange.setProperty(FlowKeys.AGENCY, "bpjs-kesehatan");
        exchange.setProperty(FlowKeys.AGENCY_NAME, "BPJS Kesehatan");
        return exchange;
    }

    private static VclaimCall signingAt(JsonNode v) {
        return new VclaimCall(Clock.fixed(Instant.ofEpochSecond(v.path("timestamp").asLong()), ZoneOffset.UTC));
    }

    @Test
    void signsWithTheFourVclaimHeadersAtTheClocksSecond() throws Exception {
        JsonNode v = vector();
        Exchange exchange = exchange(v, v.path("secret").asText());

        signingAt(v).sign(exchange);

        assertThat(exchange.getMessage().getHeader("X-cons-id")).isEqualTo(v.path("consId").asText());
        assertThat(exchange.getMessage().getHeader("X-timestamp")).isEqualTo(v.path("timestamp").asText());
        assertThat(exchange.getMessage().getHeader("X-signature")).isEqualTo(v.path("signature").asText());
        assertThat(exchange.getMessage().getHeader("user_key")).isEqualTo("user-key-1");
        assertThat(exchange.getMessage().getHeaders().toString()).doesNotContain(v.path("secret").asText());
    }

    @Test
    void opensASuccessfulAnswerWithTheTimestampItSigned() throws Exception {
        JsonNode v = vector();
        Exchange exchange = exchange(v, v.path("secret").asText());
        signingAt(v).sign(exchange);
        exchange.getMessage().setBody("{\"metaData\":{\"code\":\"200\",\"message\":\"OK\"},\"response\":\""
                + v.path("response").asText() + "\"}");

        signingAt(v).open(exchange);

        JsonNode opened = JSON.readTree(exchange.getMessage().getBody(String.class));
        assertThat(opened.path("metaData").path("code").asText()).isEqualTo("200");
        assertThat(opened.path("response")).isEqualTo(JSON.readTree(v.path("json").asText()));
    }

    @Test
    void leavesRefusalsUnchangedForTheMapping() throws Exception {
        JsonNode v = vector();
        Exchange exchange = exchange(v, v.path("secret").asText());
        String refusal = "{\"metaData\":{\"code\":\"201\",\"message\":\"Data Peserta Tidak Ditemukan\"},\"response\":null}";
        exchange.getMessage().setBody(refusal);

        signingAt(v).open(exchange);

        assertThat(JSON.readTree(exchange.getMessage().getBody(String.class))).isEqualTo(JSON.readTree(refusal));
    }

    @Test
    void anAnswerThatCannotBeOpenedIsAnAgencyErrorNamingTheAgencyNotTheKey() throws Exception {
        JsonNode v = vector();
        Exchange exchange = exchange(v, "another-secret");
        signingAt(v).sign(exchange);
        exchange.getMessage().setBody("{\"metaData\":{\"code\":\"200\",\"message\":\"OK\"},\"response\":\""
                + v.path("response").asText() + "\"}");

        assertThatThrownBy(() -> signingAt(v).open(exchange)).isInstanceOfSatisfying(HubProblem.class, p -> {
            assertThat(p.getMessage()).contains("BPJS Kesehatan").doesNotContain("another-secret");
        });
    }

    @Test
    void aConnectorWithoutItsVclaimSecretsFailsNamingTheMissingOne() throws Exception {
        JsonNode v = vector();
        Exchange exchange = exchange(v, v.path("secret").asText());
        ((ObjectNode) exchange.getProperty(FlowKeys.ENVELOPE, JsonNode.class).path("credentials")).remove("userKey");

        assertThatThrownBy(() -> signingAt(v).sign(exchange)).isInstanceOf(HubProblem.class)
                .hasMessageContaining("userKey");
    }
}

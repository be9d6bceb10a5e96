package id.go.tangerangkota.mpp.hub.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RestJsonCallTest {

    private static final JsonNode ENVELOPE = parse("""
            {"citizen":{"nik":"3671011203850001"},"data":{"cardNumber":"0001 427/735619"},
             "credentials":{"apiKey":"k3y+/="}}""");

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void pathPlaceholdersAreFilledFromTheEnvelopeAndUrlEncoded() {
        assertThat(RestJsonCall.fillPath("/Peserta/nik/{citizen.nik}/kartu/{data.cardNumber}", ENVELOPE))
                .isEqualTo("/Peserta/nik/3671011203850001/kartu/0001%20427%2F735619");
        assertThat(RestJsonCall.fillPath("/x/{data.missing}", ENVELOPE)).isEqualTo("/x/");
    }

    @Test
    void declaredHeadersAreFilledVerbatim() {
        assertThat(RestJsonCall.declaredHeaders("{\"X-Api-Key\":\"{credentials.apiKey}\",\"X-Fixed\":\"mpp\"}", ENVELOPE))
                .containsEntry("X-Api-Key", "k3y+/=").containsEntry("X-Fixed", "mpp").hasSize(2);
        assertThat(RestJsonCall.declaredHeaders("{}", ENVELOPE)).isEmpty();
        assertThat(RestJsonCall.declaredHeaders(null, ENVELOPE)).isEmpty();
    }
}

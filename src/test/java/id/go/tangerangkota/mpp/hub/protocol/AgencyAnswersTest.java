package id.go.tangerangkota.mpp.hub.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.api.ProblemType;
import org.junit.jupiter.api.Test;

/** An agency's answer beyond the hub's limits is that agency's error, never the hub's failure. */
class AgencyAnswersTest {

    @Test
    void aDeepJsonAnswerIsTheAgencysError() {
        String deep = "{\"a\":" + "[".repeat(AgencyAnswers.MAX_DEPTH + 5) + "]".repeat(AgencyAnswers.MAX_DEPTH + 5) + "}";

        assertThatThrownBy(() -> AgencyAnswers.parseJson(deep, "dinsos", "Dinsos", "HTTP 200 with an answer"))
                .isInstanceOfSatisfying(HubProblem.class, p -> {
                    assertThat(p.type()).isEqualTo(ProblemType.AGENCY_ERROR);
                    assertThat(p.extensions()).containsEntry("agency", "dinsos");
                    assertThat(p.detail()).contains("Dinsos").contains("limits");
                });
    }

    @Test
    void anOversizeAnswerIsRefusedBeforeItIsParsed() {
        String huge = "{\"a\":\"" + "x".repeat(AgencyAnswers.MAX_CHARS) + "\"}";

        assertThatThrownBy(() -> AgencyAnswers.parseJson(huge, "dinsos", "Dinsos", "HTTP 200 with an answer"))
                .isInstanceOfSatisfying(HubProblem.class, p -> assertThat(p.detail()).contains("larger than"));
    }

    @Test
    void anOrdinaryAnswerIsParsed() {
        assertThat(AgencyAnswers.parseJson("{\"status\":\"OK\",\"data\":{\"n\":[1,2]}}", "dinsos", "Dinsos", "x")
                .path("data").path("n").size()).isEqualTo(2);
    }
}

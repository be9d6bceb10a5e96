package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The limits on a caller's JSON: each refusal is a 400 naming where the body broke which limit. */
class JsonInputLimitsTest {

    private final JsonInputLimits limits = new JsonInputLimits(8, 100);

    @Test
    void aBodyWithinTheLimitsIsParsed() {
        assertThat(limits.parse("{\"citizen\":{\"nik\":\"3671011203850001\"},\"data\":{\"a\":[1,2,{\"b\":\"c\"}]}}")
                .path("data").path("a").size()).isEqualTo(3);
    }

    @Test
    void nestingDeeperThanTheLimitIsA400NamingWhereAndTheSetting() {
        String deep = "{\"data\":" + "[".repeat(20) + "]".repeat(20) + "}";

        HubProblem p = problem(deep);

        assertThat(p.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(p.errors().get(0).field()).startsWith("data[0]");
        assertThat(p.errors().get(0).message()).contains("deeper than 8").contains("mpp.http.max-json-depth");
    }

    @Test
    void aTextLongerThanTheLimitIsA400NamingItsField() {
        HubProblem p = problem("{\"data\":{\"name\":\"" + "x".repeat(5000) + "\"}}");

        assertThat(p.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(p.errors().get(0).field()).isEqualTo("data.name");
        assertThat(p.errors().get(0).message()).contains("longer than 100").doesNotContain("xxxx");
    }

    @Test
    void aNumberOfManyDigitsAndAVeryLongKeyAreRefused() {
        assertThat(problem("{\"data\":{\"amount\":" + "9".repeat(60) + "}}").errors().get(0).message())
                .contains("number longer than");
        assertThat(problem("{\"data\":{\"" + "k".repeat(300) + "\":1}}").errors().get(0).message())
                .contains("key longer than");
    }

    @Test
    void aKeyTwiceInOneObjectIsRefusedNotResolvedSilently() {
        HubProblem p = problem("{\"citizen\":{\"nik\":\"3671011203850001\",\"nik\":\"3671116304880006\"}}");

        assertThat(p.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(p.errors().get(0).field()).isEqualTo("citizen.nik");
        assertThat(p.errors().get(0).message()).contains("twice");
    }

    @Test
    void textThatIsNotJsonIsMalformedJsonWithItsPosition() {
        HubProblem p = problem("{\"a\":1,}");

        assertThat(p.type()).isEqualTo(ProblemType.MALFORMED_JSON);
        assertThat(p.detail()).contains("line 1");
    }

    @Test
    void limitsTooSmallForTheEnvelopeItselfAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new JsonInputLimits(2, 10000)).hasMessageContaining("mpp.http.max-json-depth");
    }

    private HubProblem problem(String body) {
        try {
            limits.parse(body);
        } catch (HubProblem p) {
            return p;
        }
        throw new AssertionError("not refused: " + body.substring(0, Math.min(80, body.length())));
    }
}

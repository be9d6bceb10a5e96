package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Characters a caller may not send, in keys and in texts. */
class HostileTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ordinaryIndonesianTextWithAccentsAndLineBreaksIsAccepted() {
        assertThat(HostileText.whyRefused("Jl. Daan Mogot No. 5\nRT 01/RW 02, Tangerang")).isNull();
        assertThat(HostileText.whyRefused("Sé\u00f1or Müller \u2014 \uD83D\uDE00")).isNull();
    }

    @Test
    void controlCharactersUnpairedSurrogatesBidiOverridesAndInvisiblesAreRefused() {
        assertThat(HostileText.whyRefused("a\u0000b")).contains("control character (U+0000)");
        assertThat(HostileText.whyRefused("a\u0085b")).contains("control character");
        assertThat(HostileText.whyRefused("a\uD800b")).contains("unpaired surrogate");
        assertThat(HostileText.whyRefused("a\uDC00")).contains("unpaired surrogate");
        assertThat(HostileText.whyRefused("invoice\u202Efdp.exe")).contains("bidirectional");
        assertThat(HostileText.whyRefused("\u2066x\u2069")).contains("bidirectional");
        assertThat(HostileText.whyRefused("a\u200Bb")).contains("invisible");
        assertThat(HostileText.whyRefused("a\uFFFE")).contains("noncharacter");
    }

    @Test
    void eachProblemIsNamedByItsPathAndALookAlikeKeyIsRefused() throws Exception {
        List<FieldError> errors = HostileText.problems(JSON.readTree(
                "{\"citizen\":{\"n\u0456k\":\"3671011203850001\"},\"data\":{\"list\":[\"ok\",\"bad\\u0000\"],"
                        + "\"long\":\"" + "x".repeat(200) + "\"}}"), 100);

        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("citizen.n?k", "data.list[1]", "data.long");
        assertThat(errors.toString()).doesNotContain("xxxx").doesNotContain("\u0000");
    }
}

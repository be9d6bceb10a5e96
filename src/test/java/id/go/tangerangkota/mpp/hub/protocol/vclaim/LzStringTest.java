package id.go.tangerangkota.mpp.hub.protocol.vclaim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java LZString against pairs made by the JavaScript library (lz-string 1.5.0 from npm):
 * empty, short, repetitive, Unicode (accents, CJK, emoji surrogate pairs, a lone surrogate),
 * VClaim-sized JSON and a 20 000-character text.
 */
class LzStringTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Pair(String plain, String compressed) {
    }

    static List<Pair> vectors() throws IOException {
        try (InputStream in = LzStringTest.class.getResourceAsStream("/vclaim/lzstring-vectors.json")) {
            List<Pair> pairs = new ArrayList<>();
            for (JsonNode p : JSON.readTree(in).path("pairs")) {
                pairs.add(new Pair(p.path("plain").asText(), p.path("compressed").asText()));
            }
            return pairs;
        }
    }

    @Test
    void theVectorsCoverTheCasesThatBreakPorts() throws IOException {
        List<Pair> pairs = vectors();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(20);
        assertThat(pairs).anySatisfy(p -> assertThat(p.plain()).isEmpty());
        assertThat(pairs).anySatisfy(p -> assertThat(p.plain()).contains("\uD83D\uDE00"));
        assertThat(pairs).anySatisfy(p -> assertThat(p.plain()).contains("\"peserta\""));
        assertThat(pairs).anySatisfy(p -> assertThat(p.plain().length()).isGreaterThan(10_000));
        assertThat(pairs).anySatisfy(p -> assertThat(p.plain().chars().anyMatch(c -> c > 0xFF && c < 0xD800)).isTrue());
    }

    @TestFactory
    Stream<DynamicTest> compressesExactlyAsTheJavaScriptLibrary() throws IOException {
        return vectors().stream().map(p -> DynamicTest.dynamicTest(label(p),
                () -> assertThat(LzString.compressToEncodedURIComponent(p.plain())).isEqualTo(p.compressed())));
    }

    @TestFactory
    Stream<DynamicTest> decompressesWhatTheJavaScriptLibraryCompressed() throws IOException {
        // The empty string is the one pair that does not go back: the library decompresses "" to null,
        // but compresses "" to "Q", which decompresses to "".
        return vectors().stream().map(p -> DynamicTest.dynamicTest(label(p),
                () -> assertThat(LzString.decompressFromEncodedURIComponent(p.compressed())).isEqualTo(p.plain())));
    }

    @Test
    void edgeCasesBehaveAsTheLibrary() throws IOException {
        assertThat(LzString.compressToEncodedURIComponent(null)).isEmpty();
        assertThat(LzString.decompressFromEncodedURIComponent(null)).isEmpty();
        assertThat(LzString.decompressFromEncodedURIComponent("")).isNull();
        // A URL decoder may have turned '+' into ' ': the library reads spaces as '+'.
        Pair withPlus = vectors().stream().filter(p -> p.compressed().contains("+")).findFirst().orElseThrow();
        assertThat(LzString.decompressFromEncodedURIComponent(withPlus.compressed().replace('+', ' ')))
                .isEqualTo(withPlus.plain());
    }

    @Test
    void corruptInputGivesNoTextRatherThanAnException() {
        // Characters outside the URI-safe alphabet: refused here (the library would read them as 0 bits).
        assertThat(LzString.decompressFromEncodedURIComponent("not/base64=")).isNull();
        // A stream that ends without its end marker: the library gives "", and so does the port.
        assertThat(LzString.decompressFromEncodedURIComponent("$$$$$$$$")).isEmpty();
    }

    private static String label(Pair p) {
        String shown = p.plain().length() > 40 ? p.plain().substring(0, 40) + "... (" + p.plain().length() + ")" : p.plain();
        return "\"" + shown + "\"";
    }
}

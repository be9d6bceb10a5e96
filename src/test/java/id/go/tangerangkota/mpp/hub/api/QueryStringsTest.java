package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Query strings Tomcat would quietly half-read are refused whole. */
class QueryStringsTest {

    @Test
    void wellFormedQueriesPass() {
        assertThat(QueryStrings.whyRefused(null)).isNull();
        assertThat(QueryStrings.whyRefused("agency=samsat&status=QUEUED&page=0&note=Jl.%20Daan%20Mogot%C3%A9"))
                .isNull();
    }

    @Test
    void brokenEncodingsBytesThatAreNotUtf8AndControlCharactersAreRefused() {
        assertThat(QueryStrings.whyRefused("status=%zz")).contains("percent-encoding");
        assertThat(QueryStrings.whyRefused("status=%4")).contains("percent-encoding");
        assertThat(QueryStrings.whyRefused("a=%C0%AE")).contains("not UTF-8");
        assertThat(QueryStrings.whyRefused("a=%ED%A0%80")).contains("not UTF-8");
        assertThat(QueryStrings.whyRefused("a=x%00y")).contains("control character");
        assertThat(QueryStrings.whyRefused("a=%E2%80%AEx")).contains("bidirectional");
    }
}

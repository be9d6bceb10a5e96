package id.go.tangerangkota.mpp.hub.protocol.restxml;

import id.go.tangerangkota.mpp.hub.protocol.xml.JsonAsXml;
import id.go.tangerangkota.mpp.hub.protocol.xml.SafeXml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The Java half of the rest-xml kamelet with known vectors: the XPath 3.1 form of a JSON text, the
 * RFC 7617 Basic values, and safe parsing of agency answers, XXE and entity bombs included.
 */
class RestXmlCallTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RestXmlCall call = new RestXmlCall();

    @Test
    void jsonBecomesExactlyWhatJsonToXmlGives() {
        String xml = JsonAsXml.convert("{\"requestId\":\"r-1\",\"data\":{\"amount\":187500,\"periods\":[\"202610\"],"
                + "\"note\":null,\"ok\":true,\"text\":\"a < b & \\\"c\\\"\"}}");

        assertThat(xml).isEqualTo("<map xmlns=\"http://www.w3.org/2005/xpath-functions\">"
                + "<string key=\"requestId\">r-1</string>"
                + "<map key=\"data\"><number key=\"amount\">187500</number>"
                + "<array key=\"periods\"><string>202610</string></array>"
                + "<null key=\"note\"/><boolean key=\"ok\">true</boolean>"
                + "<string key=\"text\">a &lt; b &amp; \"c\"</string></map></map>");
    }

    @Test
    void notJsonOrDuplicateKeysAreRefused() {
        assertThatThrownBy(() -> JsonAsXml.convert("{\"a\":1,\"a\":2}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonAsXml.convert("<xml/>")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void basicValuesFollowRfc7617() throws Exception {
        assertThat(BasicAuth.header(JSON.readTree(
                "{\"credentials\":{\"username\":\"Aladdin\",\"password\":\"open sesame\"}}")))
                .contains("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        // RFC 7617 section 2.1: UTF-8 for "test" / "123£"
        assertThat(BasicAuth.header(JSON.readTree("{\"credentials\":{\"username\":\"test\",\"password\":\"123\u00a3\"}}")))
                .contains("Basic dGVzdDoxMjPCow==");
        assertThat(BasicAuth.header(JSON.readTree("{\"credentials\":{\"apiKey\":\"k\"}}"))).isEmpty();
        assertThat(BasicAuth.header(null)).isEmpty();
    }

    @Test
    void theExchangeGetsTheHeaderAndTheXmlBody() throws Exception {
        Exchange exchange = exchange();
        exchange.setProperty(FlowKeys.ENVELOPE, JSON.readTree(
                "{\"credentials\":{\"username\":\"loket\",\"password\":\"rahasia\"}}"));
        exchange.getMessage().setBody("{\"requestId\":\"x\"}");

        call.basicAuth(exchange);
        call.envelopeAsXml(exchange);

        assertThat(exchange.getMessage().getHeader("Authorization")).isEqualTo("Basic bG9rZXQ6cmFoYXNpYQ==");
        assertThat(exchange.getMessage().getBody(String.class)).contains("<string key=\"requestId\">x</string>");
    }

    @Test
    void aWellFormedAnswerGoesOnAsAParsedDocument() {
        Exchange exchange = reply(200, "\n<?xml version=\"1.0\"?><response><status>00</status></response>");

        call.checkReply(exchange);

        Document document = exchange.getMessage().getBody(Document.class);
        assertThat(document.getDocumentElement().getTextContent()).isEqualTo("00");
    }

    @Test
    void anXxeAnswerIsRefusedWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE response [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><response><status>00</status><message>&x;</message></response>";

        assertThatThrownBy(() -> SafeXml.parse(xxe)).isInstanceOf(IllegalArgumentException.class);
        Exchange exchange = reply(200, xxe);
        assertThatThrownBy(() -> call.checkReply(exchange)).isInstanceOfSatisfying(HubProblem.class, p -> {
            assertThat(p.getMessage()).contains("PDAM Tirta Benteng").contains("DTD")
                    .doesNotContain("TOP-SECRET-CONTENT");
            assertThat(p.extensions()).containsEntry("agency", "pdam");
        });
    }

    @Test
    void entityBombsAndExternalDtdsAreRefused() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<lolz>&lol3;</lolz>";
        String externalDtd = "<?xml version=\"1.0\"?><!DOCTYPE response SYSTEM \"http://127.0.0.1:9/evil.dtd\">"
                + "<response/>";

        assertThatThrownBy(() -> SafeXml.parse(bomb)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SafeXml.parse(externalDtd)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serverErrorsAndNonXmlAnswersAreAgencyErrors() {
        assertThatThrownBy(() -> call.checkReply(reply(503, "<response/>")))
                .isInstanceOf(HubProblem.class).hasMessageContaining("HTTP 503");
        assertThatThrownBy(() -> call.checkReply(reply(200, "{\"status\":\"00\"}")))
                .isInstanceOf(HubProblem.class).hasMessageContaining("without an XML answer");
        assertThatThrownBy(() -> call.checkReply(reply(200, "<response><status>00</response>")))
                .isInstanceOf(HubProblem.class).hasMessageContaining("not a well-formed XML");
    }

    private static Exchange exchange() {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(FlowKeys.AGENCY, "pdam");
        exchange.setProperty(FlowKeys.AGENCY_NAME, "PDAM Tirta Benteng");
        return exchange;
    }

    private static Exchange reply(int status, String body) {
        Exchange exchange = exchange();
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setBody(body);
        return exchange;
    }
}

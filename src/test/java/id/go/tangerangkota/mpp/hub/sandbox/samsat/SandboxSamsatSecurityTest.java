package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Samsat host checks what a WSS4J-based SOAP stack checks, and says so with the
 * specification's fault codes: the UsernameToken's digest, its freshness and its nonce, the
 * envelope, the SOAPAction and the WSDL's schema.
 */
class SandboxSamsatSecurityTest {

    private static final String BUDI = "3671011203850001";
    private static SandboxServer server;
    private static SamsatSoapClient client;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        client = new SamsatSoapClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SamsatSoapClient.Call budiInquiry() {
        return new SamsatSoapClient.Call("InquiryPKB", SamsatSoapClient.inquiry("B 1234 CVA", BUDI));
    }

    @Test
    void passwordDigestFollowsTheProfileKnownVector() {
        // Computed by WSS4J (through CXF) and checked with openssl:
        // base64(sha1(base64decode(nonce) + created + password)).
        byte[] nonce = Base64.getDecoder().decode("vi28Ci94QH62E6pPkWk2AA==");
        assertThat(UsernameTokenCheck.digest(nonce, "2026-11-22T12:54:44.222Z", "secret"))
                .isEqualTo("bl0wZ8Rd7/Jr9p1/gdJjdv7i7Gs=");
    }

    @Test
    void aCorrectDigestIsAnswered() throws Exception {
        SamsatSoapClient.Answer a = client.send(budiInquiry());

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.text("kodeRespon")).isEqualTo("00");
        assertThat(a.text("total")).isEqualTo("2882000");
    }

    @Test
    void aWrongPasswordIsFailedAuthentication() throws Exception {
        SamsatSoapClient.Call call = budiInquiry();
        call.password = "not-the-password";

        SamsatSoapClient.Answer a = client.send(call);

        assertThat(a.status()).isEqualTo(500);
        assertThat(a.isFault()).isTrue();
        assertSecurityFault(a, "FailedAuthentication");
        assertThat(a.text("faultstring")).isEqualTo("The security token could not be authenticated or authorized");
        assertThat(a.body()).doesNotContain("kodeRespon");
    }

    @Test
    void aWrongUserIsTheSameFailedAuthentication() throws Exception {
        SamsatSoapClient.Call call = budiInquiry();
        call.username = "someone-else";

        assertSecurityFault(client.send(call), "FailedAuthentication");
    }

    @Test
    void passwordTextIsNotAccepted() throws Exception {
        SamsatSoapClient.Call call = budiInquiry();
        call.passwordType = UsernameTokenCheck.PASSWORD_TEXT;

        assertSecurityFault(client.send(call), "UnsupportedSecurityToken");
    }

    @Test
    void aTokenOlderThanFiveMinutesOrFromTheFutureHasExpired() throws Exception {
        SamsatSoapClient.Call old = budiInquiry();
        old.created = Instant.now().minus(Duration.ofMinutes(6));
        SamsatSoapClient.Call ahead = budiInquiry();
        ahead.created = Instant.now().plus(Duration.ofMinutes(3));

        assertSecurityFault(client.send(old), "MessageExpired");
        assertSecurityFault(client.send(ahead), "MessageExpired");
    }

    @Test
    void aReplayedNonceIsRefused() throws Exception {
        SamsatSoapClient.Call call = budiInquiry();
        String envelope = SamsatSoapClient.envelope(call);

        SamsatSoapClient.Answer first = client.post(call.contentType, call.soapAction, envelope);
        SamsatSoapClient.Answer replay = client.post(call.contentType, call.soapAction, envelope);

        assertThat(first.status()).isEqualTo(200);
        assertSecurityFault(replay, "InvalidSecurityToken");
    }

    @Test
    void noSecurityHeaderIsInvalidSecurity() throws Exception {
        SamsatSoapClient.Call call = budiInquiry();
        call.withSecurity = false;

        assertSecurityFault(client.send(call), "InvalidSecurity");
    }

    @Test
    void anUnknownMustUnderstandHeaderIsRefused() throws Exception {
        SamsatSoapClient.Call call = budiInquiry();
        call.extraHeader = "<x:Routing xmlns:x=\"urn:example\" soapenv:mustUnderstand=\"1\">a</x:Routing>";

        SamsatSoapClient.Answer a = client.send(call);

        assertThat(a.faultCode()).isEqualTo("soapenv:MustUnderstand");
    }

    @Test
    void aRequestTheSchemaRefusesIsAClientFaultNamingTheProblem() throws Exception {
        SamsatSoapClient.Call call = new SamsatSoapClient.Call("InquiryPKB",
                SamsatSoapClient.inquiry("b 1234 cva", BUDI));

        SamsatSoapClient.Answer a = client.send(call);

        assertThat(a.status()).isEqualTo(500);
        assertThat(a.faultCode()).isEqualTo("soapenv:Client");
        assertThat(a.text("faultstring")).startsWith("Validasi skema gagal").contains("b 1234 cva");
    }

    @Test
    void aSoapActionOfAnotherOperationIsRefused() throws Exception {
        SamsatSoapClient.Call call = budiInquiry();
        call.soapAction = "\"urn:bapenda-banten:samsat:pkb:1/BayarPKB\"";

        SamsatSoapClient.Answer a = client.send(call);

        assertThat(a.faultCode()).isEqualTo("soapenv:Client");
        assertThat(a.text("faultstring")).contains("SOAPAction");
    }

    @Test
    void aRequestWithADtdIsRefusedWithoutResolvingItsEntities() throws Exception {
        SamsatBackend samsat = server.backend("samsat", SamsatBackend.class);
        SamsatSoapClient.Call call = budiInquiry();
        call.prolog = "<!DOCTYPE soapenv:Envelope [<!ENTITY x SYSTEM \"" + server.baseUrl()
                + "/samsat/xxe-probe/request\">]>";

        SamsatSoapClient.Answer a = client.send(call);

        assertThat(a.faultCode()).isEqualTo("soapenv:Client");
        assertThat(a.text("faultstring")).contains("DTD");
        assertThat(samsat.xxeProbeHits()).isZero();
    }

    @Test
    void soap12IsAVersionMismatchAndOtherMediaTypesAre415() throws Exception {
        SamsatSoapClient.Call soap12 = budiInquiry();
        soap12.envelopeNamespace = "http://www.w3.org/2003/05/soap-envelope";
        SamsatSoapClient.Call json = budiInquiry();
        json.contentType = "application/json";

        assertThat(client.send(soap12).faultCode()).isEqualTo("soapenv:VersionMismatch");
        assertThat(client.send(json).status()).isEqualTo(415);
    }

    @Test
    void theWsdlIsPublishedWithTheSandboxAddress() throws Exception {
        HttpResponse<String> wsdl = client.get(SoapEndpoint.PATH + "?wsdl");

        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("urn:bapenda-banten:samsat:pkb:1")
                .contains("location=\"http://127.0.0.1:" + server.port() + SoapEndpoint.PATH + "\"")
                .contains("sp:HashPassword");
    }

    private static void assertSecurityFault(SamsatSoapClient.Answer a, String localName) {
        assertThat(a.status()).as(a.body()).isEqualTo(500);
        assertThat(a.faultCode()).isEqualTo("wsse:" + localName);
        // The prefix must be bound to the WSS namespace, or a client cannot resolve the code.
        assertThat(a.first("faultcode").lookupNamespaceURI("wsse")).isEqualTo(SamsatSoapClient.WSSE);
    }
}

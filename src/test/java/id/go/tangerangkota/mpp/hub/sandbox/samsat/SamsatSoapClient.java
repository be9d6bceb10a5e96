package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;

/**
 * A SOAP caller of the Samsat sandbox as tests play it: builds the envelope and the
 * UsernameToken by hand (so each part can be made wrong on purpose) and reads the answer.
 */
final class SamsatSoapClient {

    static final String PKB = "urn:bapenda-banten:samsat:pkb:1";
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    SamsatSoapClient(SandboxServer server) {
        this.base = server.baseUrl();
    }

    /** What goes into one call; every part may be changed to test a refusal. */
    static final class Call {
        String operation;
        String payload;
        String username = SamsatSettings.demo().username();
        String password = SamsatSettings.demo().password();
        String passwordType = UsernameTokenCheck.PASSWORD_DIGEST;
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        byte[] nonce = newNonce();
        boolean withSecurity = true;
        String soapAction;
        String contentType = "text/xml; charset=utf-8";
        String envelopeNamespace = "http://schemas.xmlsoap.org/soap/envelope/";
        String extraHeader = "";
        String prolog = "";

        Call(String operation, String payload) {
            this.operation = operation;
            this.payload = payload;
            this.soapAction = "\"" + PKB + "/" + operation + "\"";
        }
    }

    /** The answer: HTTP status, body text, and the body as DOM when it is XML. */
    record Answer(int status, String body, Document xml) {

        /** The text of the first element with this local name, anywhere in the answer. */
        String text(String localName) {
            var nodes = xml.getElementsByTagNameNS("*", localName);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }

        String faultCode() {
            return text("faultcode");
        }

        boolean isFault() {
            return xml != null && xml.getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Fault")
                    .getLength() > 0;
        }

        Element first(String localName) {
            return (Element) xml.getElementsByTagNameNS("*", localName).item(0);
        }
    }

    static byte[] newNonce() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    static String inquiry(String plate, String nik) {
        return "<p:InquiryPKBRequest xmlns:p=\"" + PKB + "\"><p:nomorPolisi>" + plate + "</p:nomorPolisi>"
                + "<p:nikPemohon>" + nik + "</p:nikPemohon><p:kodeKanal>mpp-tangerang</p:kodeKanal>"
                + "</p:InquiryPKBRequest>";
    }

    static String renewal(String id, String plate, String chassis, String ntpd, String nik, boolean owner) {
        return "<p:PengesahanSTNKRequest xmlns:p=\"" + PKB + "\"><p:idPermohonan>" + id + "</p:idPermohonan>"
                + "<p:nomorPolisi>" + plate + "</p:nomorPolisi><p:nomorRangka>" + chassis + "</p:nomorRangka>"
                + "<p:ntpd>" + ntpd + "</p:ntpd><p:nikPemohon>" + nik + "</p:nikPemohon>"
                + "<p:pemohonPemilik>" + owner + "</p:pemohonPemilik><p:kodeKanal>mpp-tangerang</p:kodeKanal>"
                + "</p:PengesahanSTNKRequest>";
    }

    static String payment(String id, String billingCode, long amount) {
        return "<p:BayarPKBRequest xmlns:p=\"" + PKB + "\"><p:idTransaksi>" + id + "</p:idTransaksi>"
                + "<p:kodeBayar>" + billingCode + "</p:kodeBayar><p:jumlahBayar>" + amount + "</p:jumlahBayar>"
                + "<p:kodeBank>110</p:kodeBank><p:referensiBank>BJB7700112233</p:referensiBank>"
                + "<p:tanggalBayar>2026-11-22T10:15:00+07:00</p:tanggalBayar><p:kodeKanal>mpp-tangerang</p:kodeKanal>"
                + "</p:BayarPKBRequest>";
    }

    Answer send(Call call) throws Exception {
        return post(call.contentType, call.soapAction, envelope(call));
    }

    Answer post(String contentType, String soapAction, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + SoapEndpoint.PATH))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (soapAction != null) {
            request.header("SOAPAction", soapAction);
        }
        return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String envelope(Call call) {
        String created = call.created.toString();
        String password = UsernameTokenCheck.PASSWORD_DIGEST.equals(call.passwordType)
                ? UsernameTokenCheck.digest(call.nonce, created, call.password) : call.password;
        String security = !call.withSecurity ? "" : "<wsse:Security soapenv:mustUnderstand=\"1\" xmlns:wsse=\""
                + WSSE + "\" xmlns:wsu=\"" + Soap11.WSU_NS + "\"><wsse:UsernameToken>"
                + "<wsse:Username>" + call.username + "</wsse:Username>"
                + "<wsse:Password Type=\"" + call.passwordType + "\">" + password + "</wsse:Password>"
                + "<wsse:Nonce EncodingType=\"" + UsernameTokenCheck.BASE64_BINARY + "\">"
                + Base64.getEncoder().encodeToString(call.nonce) + "</wsse:Nonce>"
                + "<wsu:Created>" + created + "</wsu:Created></wsse:UsernameToken></wsse:Security>";
        return call.prolog + "<soapenv:Envelope xmlns:soapenv=\"" + call.envelopeNamespace + "\"><soapenv:Header>"
                + security + call.extraHeader + "</soapenv:Header><soapenv:Body>" + call.payload
                + "</soapenv:Body></soapenv:Envelope>";
    }

    private static Answer answer(HttpResponse<String> response) throws IOException {
        Document xml = null;
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/xml")) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                        response.body().getBytes(StandardCharsets.UTF_8)));
            } catch (Exception notXml) {
                xml = null;
            }
        }
        return new Answer(response.statusCode(), response.body(), xml);
    }
}

package id.go.tangerangkota.mpp.bench.scenario;

import java.util.Map;
import java.util.regex.Pattern;

import id.go.tangerangkota.mpp.bench.HttpAnswer;
import id.go.tangerangkota.mpp.bench.Operation;
import id.go.tangerangkota.mpp.bench.Scenario;

/**
 * Scenario 2, an inquiry REST to SOAP with XSLT mappings: Samsat's PKB (vehicle tax) inquiry.
 * Through the hub, the counter's {@code pkb-inquiry}; directly, the SOAP 1.1 InquiryPKB message the
 * hub's CXF client sends (connectors/samsat/samsat-pkb.wsdl, mappings/samsat/pkb-inquiry.request.xsl):
 * the same envelope, SOAPAction and WS-Security UsernameToken with a PasswordDigest. Success is the
 * vehicle's notice (kodeRespon 00). Plate and NIK are fixed-size, so bodies stay natural.
 */
public final class PkbInquiryScenario implements Scenario {

    static final String PATH = "/samsat/services/PkbService";
    private static final Map<String, String> SOAP_HEADERS = Map.of(
            "Content-Type", "text/xml; charset=UTF-8",
            "Accept", "*/*",
            "SOAPAction", "\"urn:bapenda-banten:samsat:pkb:1/InquiryPKB\"");
    /** The host answers its prefix (pkb:) today; any prefix is accepted. */
    private static final Pattern FOUND = Pattern.compile("<(?:[A-Za-z0-9_]+:)?kodeRespon>00</");

    private final HubApi hub;
    private final UsernameToken token = new UsernameToken(SandboxDemo.SAMSAT_USERNAME, SandboxDemo.SAMSAT_PASSWORD);

    public PkbInquiryScenario(String hubApiKey) {
        this.hub = new HubApi(hubApiKey);
    }

    @Override
    public String id() {
        return "pkb-inquiry";
    }

    @Override
    public String title() {
        return "Inquiry REST to SOAP, XSLT and WS-Security (Samsat PKB inquiry)";
    }

    @Override
    public String agency() {
        return "samsat";
    }

    @Override
    public Operation viaHub() {
        return (http, sequence) -> {
            TestData.Vehicle vehicle = TestData.pick(TestData.VEHICLES, sequence);
            HttpAnswer answer = hub.submit(http, "samsat", "pkb-inquiry",
                    HubApi.body(vehicle.ownerNik(), "{\"plateNumber\":" + Json.string(vehicle.plate()) + "}"), null);
            return answer.status() == 200 && Json.has(answer.text(), "plateNumber", vehicle.plate());
        };
    }

    @Override
    public Operation direct() {
        return (http, sequence) -> {
            TestData.Vehicle vehicle = TestData.pick(TestData.VEHICLES, sequence);
            HttpAnswer answer = http.send("POST", PATH, SOAP_HEADERS, Json.bytes(envelope(vehicle, sequence)));
            // A SOAP fault (security, schema) is HTTP 500; a business refusal is 200 with another kodeRespon.
            return answer.status() == 200 && FOUND.matcher(answer.text()).find();
        };
    }

    /** The envelope as CXF writes it for the hub: the security header, then the mapped request. */
    private String envelope(TestData.Vehicle vehicle, long sequence) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soap:Header>" + token.securityHeader(sequence) + "</soap:Header>"
                + "<soap:Body><pkb:InquiryPKBRequest xmlns:pkb=\"urn:bapenda-banten:samsat:pkb:1\">"
                + "<pkb:nomorPolisi>" + vehicle.plate() + "</pkb:nomorPolisi>"
                + "<pkb:nikPemohon>" + vehicle.ownerNik() + "</pkb:nikPemohon>"
                + "<pkb:kodeKanal>" + SandboxDemo.COUNTER_SITE + "</pkb:kodeKanal>"
                + "</pkb:InquiryPKBRequest></soap:Body></soap:Envelope>";
    }
}

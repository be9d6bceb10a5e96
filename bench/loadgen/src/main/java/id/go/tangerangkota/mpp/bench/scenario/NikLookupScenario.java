package id.go.tangerangkota.mpp.bench.scenario;

import java.util.Map;

import id.go.tangerangkota.mpp.bench.HttpAnswer;
import id.go.tangerangkota.mpp.bench.Operation;
import id.go.tangerangkota.mpp.bench.Scenario;

/**
 * Scenario 1, an inquiry REST to REST with JSONata mappings: Disdukcapil's NIK look-up. Through the
 * hub, the counter's {@code nik-lookup}; directly, the CALL_NIK request the hub's rest-json adapter
 * sends (connectors/disdukcapil, mappings/disdukcapil/nik-lookup.request.jsonata): credentials in the
 * body. Both succeed only when the citizen's record comes back. The inputs are fixed-size (a NIK and
 * a short purpose), so the bodies stay their natural size.
 *
 * <p>Dukcapil whitelists the caller's IP: through nginx the sandbox sees nginx's address, which must
 * be loopback as well (the sandbox's demo whitelist).
 */
public final class NikLookupScenario implements Scenario {

    static final String PATH = "/dukcapil/get_json/" + SandboxDemo.DUKCAPIL_INSTITUTION + "/CALL_NIK";
    private static final String PURPOSE = "Pelayanan perekaman data pemohon di loket MPP";
    private static final Map<String, String> DIRECT_HEADERS = Map.of(
            "Content-Type", "application/json", "Accept", "application/json");

    private final HubApi hub;

    public NikLookupScenario(String hubApiKey) {
        this.hub = new HubApi(hubApiKey);
    }

    @Override
    public String id() {
        return "nik-lookup";
    }

    @Override
    public String title() {
        return "Inquiry REST to REST, JSONata (Disdukcapil NIK look-up)";
    }

    @Override
    public String agency() {
        return "disdukcapil";
    }

    @Override
    public Operation viaHub() {
        return (http, sequence) -> {
            String nik = TestData.pick(TestData.CITIZEN_NIKS, sequence);
            HttpAnswer answer = hub.submit(http, "disdukcapil", "nik-lookup",
                    HubApi.body(nik, "{\"purpose\":" + Json.string(PURPOSE) + "}"), null);
            // 200 with the canonical citizen; its NIK proves it is this citizen's record.
            return answer.status() == 200 && Json.has(answer.text(), "nik", nik);
        };
    }

    @Override
    public Operation direct() {
        return (http, sequence) -> {
            String nik = TestData.pick(TestData.CITIZEN_NIKS, sequence);
            String body = "{\"NIK\":" + Json.string(nik)
                    + ",\"user_id\":" + Json.string(SandboxDemo.DUKCAPIL_USER_ID)
                    + ",\"password\":" + Json.string(SandboxDemo.DUKCAPIL_PASSWORD)
                    + ",\"ip_user\":" + Json.string(SandboxDemo.DUKCAPIL_IP_USER) + "}";
            HttpAnswer answer = http.send("POST", PATH, DIRECT_HEADERS, Json.bytes(body));
            // Dukcapil answers every error with HTTP 200 and content[0].RESPON; "found" is the record itself.
            String text = answer.text();
            return answer.status() == 200 && Json.has(text, "NIK", nik) && !text.contains("\"RESPON\"");
        };
    }
}

package id.go.tangerangkota.mpp.bench.scenario;

import java.util.Map;

import id.go.tangerangkota.mpp.bench.HttpAnswer;
import id.go.tangerangkota.mpp.bench.Operation;
import id.go.tangerangkota.mpp.bench.Scenario;

/**
 * Scenario 4, an application through the hub's persistent queue: Disnaker's industrial-dispute
 * mediation ({@code industrial-dispute-mediation}, rest-json, delivered to {@code POST
 * /disnaker/e-layanan/v1/phi/pencatatan}). Through the hub the counter gets 202 once the application
 * is stored and queued (with a unique Idempotency-Key, as a counter sends); the delivery to Disnaker
 * happens afterwards and is counted separately (mpp_applications_finished_total{agency="disnaker"}).
 * Directly, the same application posted to Disnaker as the delivery route posts it; success is
 * Disnaker's registration (S-00).
 *
 * <p>Why this service and not BNN's outreach request: its free-text account (up to 2000 characters)
 * lets the body reach a kilobyte, while the outreach request has 300 characters of text at most; and
 * BNN books two speaker sessions a day, so the sandbox refuses the third request for a date, which a
 * sustained run would hit at once. Disnaker registers any number of well-formed cases.
 */
public final class ApplicationScenario implements Scenario {

    static final String PATH = "/disnaker/e-layanan/v1/phi/pencatatan";
    private static final Map<String, String> DIRECT_HEADERS = Map.of(
            "Content-Type", "application/json", "Accept", "application/json");

    private final HubApi hub;

    public ApplicationScenario(String hubApiKey) {
        this.hub = new HubApi(hubApiKey);
    }

    @Override
    public String id() {
        return "application";
    }

    @Override
    public String title() {
        return "Application through the persistent queue (Disnaker industrial-dispute mediation, about 1 KiB)";
    }

    @Override
    public String agency() {
        return "disnaker";
    }

    @Override
    public Operation viaHub() {
        return (http, sequence) -> {
            HttpAnswer answer = hub.submit(http, "disnaker", "industrial-dispute-mediation",
                    MediationCase.of(sequence).hubBody(), UniqueIds.text("bench-app", sequence));
            // 202: stored and queued (or held); the agency's answer comes with the delivery.
            return answer.status() == 202;
        };
    }

    @Override
    public Operation direct() {
        return (http, sequence) -> {
            // Disnaker deduplicates on idTransaksiMitra: each call a new case, as each hub request is.
            String body = MediationCase.of(sequence).disnakerBody(UniqueIds.text("bench-direct", sequence));
            HttpAnswer answer = http.send("POST", PATH, DIRECT_HEADERS, Json.bytes(body));
            String text = answer.text();
            return answer.status() == 200 && Json.has(text, "kodeRespon", "S-00") && text.contains("\"sukses\":true");
        };
    }
}

package id.go.tangerangkota.mpp.bench.scenario;

import java.time.LocalDate;
import java.time.ZoneId;

import id.go.tangerangkota.mpp.bench.HttpAnswer;
import id.go.tangerangkota.mpp.bench.Operation;
import id.go.tangerangkota.mpp.bench.Scenario;

/**
 * Scenario 3, the signed and encrypted VClaim-style inquiry: BPJS Kesehatan's participant by NIK.
 * Through the hub, the counter's {@code participant-by-nik}, which signs the request and decrypts
 * and decompresses the answer; directly, {@code GET /Peserta/nik/{nik}/tglSEP/{date}} with the
 * VClaim headers. Success is the participant found (an inactive membership is found too).
 */
public final class VclaimPesertaScenario implements Scenario {

    static final String BASE = "/bpjs-kesehatan/vclaim-rest";
    /** The counter sends today's date in the city's zone as the service date (tglSEP). */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final HubApi hub;
    private final VclaimSigner signer = new VclaimSigner(
            SandboxDemo.VCLAIM_CONS_ID, SandboxDemo.VCLAIM_SECRET_KEY, SandboxDemo.VCLAIM_USER_KEY);

    public VclaimPesertaScenario(String hubApiKey) {
        this.hub = new HubApi(hubApiKey);
    }

    @Override
    public String id() {
        return "vclaim-peserta";
    }

    @Override
    public String title() {
        return "Inquiry REST to signed REST with an encrypted answer (BPJS Kesehatan VClaim participant by NIK)";
    }

    @Override
    public String agency() {
        return "bpjs-kesehatan";
    }

    @Override
    public Operation viaHub() {
        return (http, sequence) -> {
            String nik = TestData.pick(TestData.PARTICIPANT_NIKS, sequence);
            HttpAnswer answer = hub.submit(http, "bpjs-kesehatan", "participant-by-nik",
                    HubApi.body(nik, "{\"serviceDate\":\"" + LocalDate.now(WIB) + "\"}"), null);
            return answer.status() == 200 && Json.has(answer.text(), "nik", nik);
        };
    }

    @Override
    public Operation direct() {
        return (http, sequence) -> {
            String nik = TestData.pick(TestData.PARTICIPANT_NIKS, sequence);
            HttpAnswer answer = http.send("GET", BASE + "/Peserta/nik/" + nik + "/tglSEP/" + LocalDate.now(WIB),
                    signer.headers(), null);
            // Success is metaData.code "200". The encrypted, compressed response is not opened: the
            // direct figure is the back end's own cost, the floor the hub's (which must decrypt and
            // decompress it) is compared against.
            return answer.status() == 200 && Json.has(answer.text(), "code", "200");
        };
    }
}

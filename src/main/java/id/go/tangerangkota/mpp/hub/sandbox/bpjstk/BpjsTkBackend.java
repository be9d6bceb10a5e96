package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.util.List;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;

/**
 * The simulated BPJS Ketenagakerjaan partner gateway (<em>invented</em>: the agency publishes no
 * partner API), under {@code /bpjs-ketenagakerjaan/jamsostek/v1} on the shared sandbox port:
 * participant status, data update, JHT claim and BPU registration, REST/JSON with an API key in
 * {@code X-Api-Key}. The key it expects is {@code mpp.sandbox.bpjs-ketenagakerjaan.api-key}, by
 * default the published demo value.
 */
public final class BpjsTkBackend implements AgencyBackend {

    /** The context on the shared server. */
    public static final String PREFIX = "/bpjs-ketenagakerjaan";
    /** Where the services live. */
    public static final String BASE = PREFIX + "/jamsostek/v1";
    /** SANDBOX DEMO VALUE: opens nothing but this simulator, published in the docs on purpose. */
    static final String DEMO_API_KEY = "sandbox-bpjstk-demo-key";

    private Participants participants;
    private RequestLedger<Map<String, Object>> applications;

    @Override
    public String agency() {
        return "bpjs-ketenagakerjaan";
    }

    @Override
    public void install(SandboxContext context) {
        participants = new Participants(ParticipantSeed.seed(context.citizens()));
        applications = RequestLedger.ignoringContent(Map::copyOf);
        String apiKey = context.property("mpp.sandbox.bpjs-ketenagakerjaan.api-key", DEMO_API_KEY);
        context.http().createContext(PREFIX, new BpjsTkHandler(BASE, apiKey, List.of(
                new StatusService(participants),
                new DataUpdateService(participants, applications, context.citizens(), context.clock()),
                new JhtClaimService(participants, applications, context.clock()),
                new BpuRegistrationService(participants, applications, context.citizens(), context.clock()))));
        context.testData().register(agency(), new BpjsTkTestData(participants, context.citizens(), BASE));
    }

    /** The memberships, as changed by data updates, claims and registrations. */
    public Participants participants() {
        return participants;
    }

    /** The applications registered, deduplicated on idPengajuan, and the calls per id. */
    public RequestLedger<Map<String, Object>> applications() {
        return applications;
    }
}

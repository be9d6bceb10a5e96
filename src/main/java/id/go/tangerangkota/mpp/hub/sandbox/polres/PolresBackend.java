package id.go.tangerangkota.mpp.hub.sandbox.polres;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;

/**
 * The simulated service gateway of Polres Metro Tangerang Kota (<em>invented</em>: Polri publishes
 * no partner API), under {@code /polres/yanmas/api/v1} on the shared sandbox port: new SKCKs and
 * SKCK renewals (Sat Intelkam) and SIM A/C renewals (Satlantas), REST/JSON with an API key in
 * {@code X-Api-Key}. The key it expects is {@code mpp.sandbox.polres.api-key}, by default the
 * published demo value.
 */
public final class PolresBackend implements AgencyBackend {

    /** The context on the shared server. */
    public static final String PREFIX = "/polres";
    /** Where the services live. */
    public static final String BASE = PREFIX + "/yanmas/api/v1";
    /** SANDBOX DEMO VALUE: opens nothing but this simulator, published in the docs on purpose. */
    static final String DEMO_API_KEY = "sandbox-polres-demo-key";

    private SkckRegister skcks;
    private SimRegister sims;
    private PolresApplications applications;

    @Override
    public String agency() {
        return "polres";
    }

    @Override
    public void install(SandboxContext context) {
        skcks = SkckRegister.seed(context.citizens());
        sims = SimRegister.seed(context.citizens());
        applications = new PolresApplications();
        String apiKey = context.property("mpp.sandbox.polres.api-key", DEMO_API_KEY);
        PolresServices services = new PolresServices(skcks, sims, applications, context.citizens(), context.clock());
        context.http().createContext(PREFIX, new PolresHandler(BASE, apiKey, services, applications));
        context.testData().register(agency(), new PolresTestData(skcks, sims, context.clock(), BASE));
    }

    /** Sat Intelkam's SKCK register, as changed by renewals and new SKCKs. */
    public SkckRegister skcks() {
        return skcks;
    }

    /** Satlantas' SIM register, with the renewals registered. */
    public SimRegister sims() {
        return sims;
    }

    /** The applications received, deduplicated on nomorReferensiMpp, and the calls per service. */
    public PolresApplications applications() {
        return applications;
    }
}

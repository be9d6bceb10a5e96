package id.go.tangerangkota.mpp.hub.sandbox.dinsos;

import java.util.Map;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;

/**
 * The simulated social-welfare data service of Dinas Sosial Kota Tangerang (<em>invented</em>:
 * neither SIKS-NG nor cekbansos has a partner API), under {@code /dinsos/api/v1} on the shared
 * sandbox port: the DTKS/DTSEN check (paginated answer), DTKS registration proposals and PBI-JK
 * reactivation proposals, REST/JSON with an API key in {@code X-Api-Key}. The key it expects is
 * {@code mpp.sandbox.dinsos.api-key}, by default the published demo value.
 */
public final class DinsosBackend implements AgencyBackend {

    /** The context on the shared server. */
    public static final String PREFIX = "/dinsos";
    /** Where the services live. */
    public static final String BASE = PREFIX + "/api/v1";
    /** SANDBOX DEMO VALUE: opens nothing but this simulator, published in the docs on purpose. */
    static final String DEMO_API_KEY = "sandbox-dinsos-demo-key";

    private DtksRegister register;
    private RequestLedger<Map<String, Object>> applications;

    @Override
    public String agency() {
        return "dinsos";
    }

    @Override
    public void install(SandboxContext context) {
        register = DtksRegister.seed(context.citizens());
        applications = RequestLedger.ignoringContent(Map::copyOf);
        String apiKey = context.property("mpp.sandbox.dinsos.api-key", DEMO_API_KEY);
        DinsosServices services = new DinsosServices(register, applications, context.citizens(), context.clock());
        context.http().createContext(PREFIX, new DinsosHandler(BASE, apiKey, services));
        context.testData().register(agency(), new DinsosTestData(register, context.citizens(), BASE));
    }

    /** The register: households, programmes and PBI-JK memberships, as changed by proposals. */
    public DtksRegister register() {
        return register;
    }

    /** The proposals received, deduplicated on idPermohonanMpp, and the calls per id. */
    public RequestLedger<Map<String, Object>> applications() {
        return applications;
    }
}

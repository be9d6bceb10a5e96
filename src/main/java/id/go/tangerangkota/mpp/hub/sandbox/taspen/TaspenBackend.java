package id.go.tangerangkota.mpp.hub.sandbox.taspen;

import java.util.function.UnaryOperator;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

/**
 * The simulated PT Taspen KCU Tangerang partner service (<em>invented</em>: Taspen publishes no
 * partner API), under {@code /taspen/mitra/v1} on the shared sandbox port: pension status, yearly
 * authentication and data change, XML over HTTP with an API key in {@code X-Api-Key}. The key it
 * expects is {@code mpp.sandbox.taspen.api-key}, by default the published demo value.
 */
public final class TaspenBackend implements AgencyBackend {

    /** The context on the shared server. */
    public static final String PREFIX = "/taspen";
    /** Where the services live. */
    public static final String BASE = PREFIX + "/mitra/v1";
    /** SANDBOX DEMO VALUE: opens nothing but this simulator, published in the docs on purpose. */
    static final String DEMO_API_KEY = "sandbox-taspen-demo-key";

    private Pensioners pensioners;
    private RequestLedger<XmlElement> applications;

    @Override
    public String agency() {
        return "taspen";
    }

    @Override
    public void install(SandboxContext context) {
        pensioners = Pensioners.seed(context.citizens());
        applications = RequestLedger.ignoringContent(UnaryOperator.identity());
        String apiKey = context.property("mpp.sandbox.taspen.api-key", DEMO_API_KEY);
        context.http().createContext(PREFIX,
                new TaspenHandler(BASE, apiKey, new TaspenServices(pensioners, applications, context.clock())));
        context.testData().register(agency(), new TaspenTestData(pensioners, BASE));
    }

    /** The pensioners, as changed by authentications and data changes. */
    public Pensioners pensioners() {
        return pensioners;
    }

    /** The applications registered, deduplicated on noReferensi, and the calls per id. */
    public RequestLedger<XmlElement> applications() {
        return applications;
    }
}

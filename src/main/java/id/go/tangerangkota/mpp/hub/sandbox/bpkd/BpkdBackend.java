package id.go.tangerangkota.mpp.hub.sandbox.bpkd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;

/**
 * The simulated BPKD Kota Tangerang regional-finance API (<em>invented</em>: BPKD publishes no
 * partner API), under {@code /bpkd/keuda/api} on the shared sandbox port: retribution (SKRD)
 * inquiry and asset-use applications, XML over HTTP with HTTP Basic. The account it expects is
 * {@code mpp.sandbox.bpkd.username/password}, by default the published demo values.
 */
public final class BpkdBackend implements AgencyBackend {

    /** The context on the shared server. */
    public static final String PREFIX = "/bpkd";
    /** Where the services live. */
    public static final String BASE = PREFIX + "/keuda/api";
    /** SANDBOX DEMO VALUES: open nothing but this simulator, published in the docs on purpose. */
    static final String DEMO_USERNAME = "mpp-tangerang";
    static final String DEMO_PASSWORD = "sandbox-bpkd-demo-password";

    private Retributions retributions;
    private AssetApplications applications;

    @Override
    public String agency() {
        return "bpkd";
    }

    @Override
    public void install(SandboxContext context) {
        retributions = Retributions.seeded(context.citizens());
        applications = new AssetApplications();
        context.http().createContext(PREFIX, new BpkdHandler(BASE,
                context.property("mpp.sandbox.bpkd.username", DEMO_USERNAME),
                context.property("mpp.sandbox.bpkd.password", DEMO_PASSWORD), List.of(
                        new RetributionInquiryService(retributions, context.clock()),
                        new AssetUseService(applications, context.clock()))));
        context.testData().register(agency(), this::testData);
    }

    /** The SKRD register. */
    public Retributions retributions() {
        return retributions;
    }

    /** The asset-use applications, deduplicated on no_referensi, and the calls per reference. */
    public AssetApplications applications() {
        return applications;
    }

    private Object testData() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("basePath", BASE);
        section.put("services", List.of("/retribusi/cek", "/bmd/permohonan-sewa"));
        section.put("retributions", retributions.all().stream().map(r -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("billingCode", r.billingCode());
            entry.put("payerNik", r.payerNik());
            entry.put("kind", r.kind());
            entry.put("amount", r.amount());
            entry.put("paid", r.paidOn() != null);
            return entry;
        }).toList());
        section.put("assets", List.of("BMD-GDG-0007 (400 people, booked 2026-12-31..2027-01-01)", "BMD-GDG-0002 (150)",
                "BMD-LAP-0003 (3000)", "BMD-TNH-0011 (800)"));
        return section;
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.bnn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;

/**
 * The simulated BNN Kota Tangerang service gateway (<em>invented</em>: BNN publishes no partner
 * API), under {@code /bnn/layanan/v1} on the shared sandbox port: SKHPN test registration and P4GN
 * outreach requests, REST/JSON with an API key in {@code X-Api-Key}. The key it expects is
 * {@code mpp.sandbox.bnn.api-key}, by default the published demo value.
 */
public final class BnnBackend implements AgencyBackend {

    /** The context on the shared server. */
    public static final String PREFIX = "/bnn";
    /** Where the services live. */
    public static final String BASE = PREFIX + "/layanan/v1";
    /** SANDBOX DEMO VALUE: opens nothing but this simulator, published in the docs on purpose. */
    static final String DEMO_API_KEY = "sandbox-bnn-demo-key";

    private BnnApplications applications;

    @Override
    public String agency() {
        return "bnn";
    }

    @Override
    public void install(SandboxContext context) {
        applications = new BnnApplications();
        String apiKey = context.property("mpp.sandbox.bnn.api-key", DEMO_API_KEY);
        context.http().createContext(PREFIX, new BnnHandler(BASE, apiKey, List.of(
                new SkhpnService(applications, context.citizens(), context.clock()),
                new OutreachService(applications, context.citizens(), context.clock()))));
        context.testData().register(agency(), BnnBackend::testData);
    }

    /** The applications registered (deduplicated on idPermohonan) and the calls per id. */
    public BnnApplications applications() {
        return applications;
    }

    private static Object testData() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("basePath", BASE);
        section.put("services", List.of("/skhpn/pendaftaran", "/p4gn/sosialisasi"));
        section.put("apiKeyHeader", BnnHandler.API_KEY_HEADER);
        section.put("skhpn", Map.of(
                "clinicDays", "Senin-Jumat kecuali libur nasional " + BnnDates.HOLIDAYS,
                "slots", SkhpnService.SLOTS_PER_DAY + " per hari, tiap " + SkhpnService.SLOT_MINUTES + " menit mulai 08:00",
                "example", "3671134101000004 (Dewi) pada 24/11/2026"));
        section.put("outreach", Map.of(
                "sessions", OutreachService.SESSIONS,
                "fullyBookedDate", BnnDates.dmy(OutreachService.FULLY_BOOKED),
                "example", "3671116304880006 (Rina) pada 11/12/2026"));
        return section;
    }
}

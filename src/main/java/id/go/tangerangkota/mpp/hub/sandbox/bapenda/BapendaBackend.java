package id.go.tangerangkota.mpp.hub.sandbox.bapenda;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;

/**
 * The simulated Bapenda Kota Tangerang regional-tax API (<em>invented</em>: Bapenda publishes no
 * partner API), under {@code /bapenda/api/v1} on the shared sandbox port: SPPT PBB-P2 inquiry,
 * SSPD BPHTB registration and SPPT mutasi, REST/JSON with an API key in {@code X-Api-Key}. The key
 * it expects is {@code mpp.sandbox.bapenda.api-key}, by default the published demo value.
 */
public final class BapendaBackend implements AgencyBackend {

    /** The context on the shared server. */
    public static final String PREFIX = "/bapenda";
    /** Where the services live. */
    public static final String BASE = PREFIX + "/api/v1";
    /** SANDBOX DEMO VALUE: opens nothing but this simulator, published in the docs on purpose. */
    static final String DEMO_API_KEY = "sandbox-bapenda-demo-key";

    private SpptBook book;
    private Submissions submissions;

    @Override
    public String agency() {
        return "bapenda";
    }

    @Override
    public void install(SandboxContext context) {
        book = SpptBook.seeded(context.citizens());
        submissions = new Submissions();
        String apiKey = context.property("mpp.sandbox.bapenda.api-key", DEMO_API_KEY);
        context.http().createContext(PREFIX, new BapendaHandler(BASE, apiKey, List.of(
                new PbbInquiryService(book, context.clock()),
                new BphtbService(book, submissions, context.clock()),
                new MutasiService(book, new ValidatedBphtb(), submissions, context.clock()))));
        context.testData().register(agency(), this::testData);
    }

    /** The SPPT register. */
    public SpptBook sppts() {
        return book;
    }

    /** The applications registered, deduplicated on idTransaksiMitra, and the calls per id. */
    public Submissions submissions() {
        return submissions;
    }

    private Object testData() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("basePath", BASE);
        section.put("services", List.of("/pbb/sppt", "/bphtb/sspd", "/pbb/mutasi"));
        section.put("apiKeyHeader", BapendaHandler.API_KEY_HEADER);
        section.put("sppt", book.all().stream().map(s -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("nop", s.nop());
            entry.put("taxYear", s.year());
            entry.put("taxpayerNik", s.taxpayerNik());
            entry.put("amount", s.amount());
            entry.put("paidOn", s.paidOn() == null ? null : s.paidOn().toString());
            return entry;
        }).toList());
        section.put("validatedBphtb", Map.of(SpptBook.RINA_BPHTB,
                "inheritance of NOP " + SpptBook.INHERITED_NOP + " by Rina (pbb-transfer example)"));
        section.put("bphtbExample", "Ahmad sells NOP " + SpptBook.AHMAD_PLOT_NOP
                + " to Budi: Rp450.000.000, BPHTB 5% x (450.000.000 - 80.000.000) = Rp18.500.000");
        return section;
    }
}

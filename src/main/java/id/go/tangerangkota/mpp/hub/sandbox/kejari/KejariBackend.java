package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import java.util.List;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

/**
 * The simulated PTSP API of Kejaksaan Negeri Kota Tangerang (<em>invented</em>: Kejaksaan
 * publishes no partner API), under {@code /kejari/ptsp/v1} on the shared sandbox port: legal
 * consultation booking, traffic-ticket fine inquiry and evidence collection booking, XML over HTTP
 * with Basic authentication ({@code mpp.sandbox.kejari.username}/{@code .password}, by default the
 * published demo values).
 */
public final class KejariBackend implements AgencyBackend {

    /** The context on the shared server. */
    public static final String PREFIX = "/kejari";
    /** Where the services live. */
    public static final String BASE = PREFIX + "/ptsp/v1";
    /** SANDBOX DEMO VALUES: they open nothing but this simulator, published in the docs on purpose. */
    static final String DEMO_USERNAME = "mpp-kota-tangerang";
    static final String DEMO_PASSWORD = "sandbox-kejari-demo-password";

    private TilangRegister tickets;
    private RequestLedger<XmlElement> requests;

    @Override
    public String agency() {
        return "kejari";
    }

    @Override
    public void install(SandboxContext context) {
        tickets = new TilangRegister(context.citizens());
        requests = new RequestLedger<>(KejariRejection::idUsed);
        context.http().createContext(PREFIX, KejariHandler.create(BASE,
                context.property("mpp.sandbox.kejari.username", DEMO_USERNAME),
                context.property("mpp.sandbox.kejari.password", DEMO_PASSWORD), List.of(
                        new ConsultationService(requests, context.citizens(), context.clock(), new ConsultationSchedule()),
                        new FineInquiryService(tickets),
                        new EvidencePickupService(requests, context.citizens(), context.clock(), tickets))));
        context.testData().register(agency(), new KejariTestData(tickets, BASE));
    }

    /** The tickets, their payments and evidence. */
    public TilangRegister tickets() {
        return tickets;
    }

    /** Bookings received, deduplicated on id_permintaan, and the calls per id. */
    public RequestLedger<XmlElement> requests() {
        return requests;
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

import java.util.List;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

/**
 * The simulated PTSP API of Pengadilan Agama Tangerang (<em>invented</em>: SIPP has a public case
 * search but no partner API), under {@code /pengadilan-agama/ptsp/api} on the shared sandbox
 * port: case status for a party and Posbakum bookings, XML over HTTP with Basic authentication
 * ({@code mpp.sandbox.pengadilan-agama.username}/{@code .password}, by default the demo values),
 * every answer in a paged {@code <hasil>} envelope.
 */
public final class PengadilanAgamaBackend implements AgencyBackend {

    /** The context on the shared server. */
    public static final String PREFIX = "/pengadilan-agama";
    /** Where the services live. */
    public static final String BASE = PREFIX + "/ptsp/api";
    /** SANDBOX DEMO VALUES: they open nothing but this simulator, published in the docs on purpose. */
    static final String DEMO_USERNAME = "mpp-tangerang";
    static final String DEMO_PASSWORD = "sandbox-pa-demo-password";

    private CaseRegister cases;
    private RequestLedger<XmlElement> bookings;

    @Override
    public String agency() {
        return "pengadilan-agama";
    }

    @Override
    public void install(SandboxContext context) {
        cases = new CaseRegister(context.citizens());
        bookings = new RequestLedger<>(PaRejection::referenceUsed);
        context.http().createContext(PREFIX, PaHandler.create(BASE,
                context.property("mpp.sandbox.pengadilan-agama.username", DEMO_USERNAME),
                context.property("mpp.sandbox.pengadilan-agama.password", DEMO_PASSWORD), List.of(
                        new CaseStatusService(cases),
                        new PosbakumService(bookings, context.citizens(), context.clock(), new PosbakumSchedule()))));
        context.testData().register(agency(), new PaTestData(cases, BASE));
    }

    /** The cases. */
    public CaseRegister cases() {
        return cases;
    }

    /** Posbakum bookings, deduplicated on nomor_referensi, and the calls per reference. */
    public RequestLedger<XmlElement> bookings() {
        return bookings;
    }
}

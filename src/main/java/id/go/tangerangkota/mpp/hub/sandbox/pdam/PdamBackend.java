package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import java.util.List;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

/**
 * The simulated Perumdam Tirta Benteng billing and customer-service API (<em>invented</em> in the
 * shape other PDAMs expose), under {@code /pdam/api} on the shared sandbox port: bill inquiry,
 * payment notification, new connection and capacity upgrade, XML over HTTP with Basic
 * authentication. The collector account it expects is {@code mpp.sandbox.pdam.username} and
 * {@code mpp.sandbox.pdam.password}, by default the published demo values.
 */
public final class PdamBackend implements AgencyBackend {

    /** The context on the shared server. */
    public static final String PREFIX = "/pdam";
    /** Where the services live. */
    public static final String BASE = PREFIX + "/api";
    /** SANDBOX DEMO VALUES: they open nothing but this simulator, published in the docs on purpose. */
    static final String DEMO_USERNAME = "loket-mpp";
    static final String DEMO_PASSWORD = "sandbox-pdam-demo-password";

    private Customers customers;
    private RequestLedger<XmlElement> payments;
    private RequestLedger<XmlElement> applications;

    @Override
    public String agency() {
        return "pdam";
    }

    @Override
    public void install(SandboxContext context) {
        customers = new Customers(CustomerSeed.seed(context.citizens()));
        payments = new RequestLedger<>(PdamRejection::referenceUsed);
        applications = new RequestLedger<>(PdamRejection::referenceUsed);
        context.http().createContext(PREFIX, PdamHandler.create(BASE,
                context.property("mpp.sandbox.pdam.username", DEMO_USERNAME),
                context.property("mpp.sandbox.pdam.password", DEMO_PASSWORD), List.of(
                        new BillInquiryService(customers),
                        new BillPaymentService(customers, payments, context.clock()),
                        new NewConnectionService(customers, applications, context.citizens(), context.clock()),
                        new CapacityUpgradeService(customers, applications, context.clock()))));
        context.testData().register(agency(), new PdamTestData(customers, BASE));
    }

    /** The customers and which bills are paid. */
    public Customers customers() {
        return customers;
    }

    /** Payments received, deduplicated on no_ref, and the calls per reference. */
    public RequestLedger<XmlElement> payments() {
        return payments;
    }

    /** Applications received, deduplicated on no_ref, and the calls per reference. */
    public RequestLedger<XmlElement> applications() {
        return applications;
    }
}

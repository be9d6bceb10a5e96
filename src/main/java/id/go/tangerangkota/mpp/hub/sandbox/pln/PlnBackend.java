package id.go.tangerangkota.mpp.hub.sandbox.pln;

import java.io.IOException;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;

/**
 * The simulated PT PLN: the postpaid switching host speaking ISO 8583 on a TCP port of its own
 * ({@code mpp.sandbox.pln.port}, 0 = a free one, published back as the port bound), and the
 * (invented) REST applications desk under {@code /pln/applications/v1} on the shared HTTP server.
 * Its customers are the sandbox's citizens (see {@link PlnCustomers}); its partner ids and API key
 * are the demo values of application-sandbox.yaml.
 */
public final class PlnBackend implements AgencyBackend {

    /** The property naming the host's port. */
    public static final String PORT_PROPERTY = "mpp.sandbox.pln.port";

    private final PlnSettings settings = PlnSettings.demo();
    private PlnLedger ledger;
    private PlnHost host;
    private PlnIsoServer server;
    private PlnApplications applications;

    @Override
    public String agency() {
        return "pln";
    }

    @Override
    public void install(SandboxContext context) throws IOException {
        PlnCustomers customers = PlnCustomers.seeded(context.citizens());
        ledger = new PlnLedger(customers);
        host = new PlnHost(settings, customers, ledger);
        applications = new PlnApplications();
        int port = Integer.parseInt(context.property(PORT_PROPERTY, "0").strip());
        // The same interface as the shared HTTP server: loopback in the demo settings.
        String bindAddress = context.http().getAddress().getAddress().getHostAddress();
        // The ISO port is not behind the HTTP server's fault filter: the host applies PLN's faults itself.
        server = PlnIsoServer.start(bindAddress, port, host, context.faults(), agency());
        context.http().createContext("/pln", new PlnApplicationsHandler(settings, customers, ledger,
                context.citizens(), applications, context.clock()));
        context.testData().register(agency(), new PlnTestData(settings, customers, ledger, server));
    }

    @Override
    public Map<String, Object> runtimeProperties() {
        return server == null ? Map.of() : Map.of(PORT_PROPERTY, server.port());
    }

    /** The host's books: payments booked, reversals, unpaid bills. */
    public PlnLedger ledger() {
        return ledger;
    }

    /** The applications desk's requests. */
    public PlnApplications applications() {
        return applications;
    }

    /** The port the ISO 8583 host listens on. */
    public int isoPort() {
        return server.port();
    }

    /** Starts or ends PLN's daily cut-off (financial messages answer 0090 meanwhile). */
    public void cutOff(boolean inProgress) {
        host.cutOff(inProgress);
    }

    /** Drops every partner connection, as a host restart would; the listener stays. */
    public void dropConnections() {
        server.dropConnections();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;

/**
 * The simulated Samsat host of Bapenda Provinsi Banten under {@code /samsat}: a SOAP 1.1 service
 * ({@code /samsat/services/PkbService}, contract {@code connectors/samsat/samsat-pkb.wsdl}) with
 * WS-Security UsernameToken (PasswordDigest), answering InquiryPKB, PengesahanSTNK and BayarPKB
 * for the vehicles of the sandbox's citizens. <em>Invented</em>: the province publishes no partner
 * API; see the connector's README.
 */
public final class SamsatBackend implements AgencyBackend {

    private final SamsatSettings settings;
    private final Endorsements endorsements = new Endorsements();
    private final PkbPayments payments = new PkbPayments();
    private final CallCounts operationCalls = new CallCounts();
    private SoapEndpoint endpoint;
    private XxeTrap trap;

    /** The sandbox's Samsat with its demo account. */
    public SamsatBackend() {
        this(SamsatSettings.demo());
    }

    public SamsatBackend(SamsatSettings settings) {
        this.settings = settings;
    }

    @Override
    public String agency() {
        return "samsat";
    }

    @Override
    public void install(SandboxContext context) throws IOException {
        LocalDate today = LocalDate.now(context.clock());
        VehicleRegistry vehicles = new VehicleRegistry(VehicleSeed.seed(context.citizens(), today));
        InetSocketAddress bound = context.http().getAddress();
        String host = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getAddress().getHostAddress();
        trap = new XxeTrap("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort());
        endpoint = new SoapEndpoint(PkbContract.load(),
                new UsernameTokenCheck(settings.username(), settings.password(), context.clock()),
                List.of(new InquiryPkb(vehicles, context.citizens()),
                        new PengesahanStnk(vehicles, endorsements, context.clock()),
                        new BayarPkb(vehicles, payments)),
                trap, operationCalls);
        context.http().createContext(SoapEndpoint.PATH, endpoint);
        context.http().createContext(XxeTrap.PROBE_PATH, trap);
        context.testData().register(agency(), new SamsatTestData(vehicles));
    }

    /** The annual endorsements decided, by idPermohonan. */
    public Endorsements endorsements() {
        return endorsements;
    }

    /** The payments settled, by idTransaksi. */
    public PkbPayments payments() {
        return payments;
    }

    /** Calls that reached each operation (authenticated and schema-valid), e.g. {@code InquiryPKB}. */
    public Map<String, Long> operationCalls() {
        return operationCalls.snapshot();
    }

    /** How often a client resolved an external entity of the XXE trap's answer: must stay 0. */
    public int xxeProbeHits() {
        return trap.hits();
    }

    /** The HTTP header names (lower case) of the last SOAP request received. */
    public Set<String> lastRequestHeaderNames() {
        return endpoint.lastHeaderNames();
    }
}

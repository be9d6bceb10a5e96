package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.MutualTlsListener;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;

/**
 * The simulated Bank BJB SNAP gateway, under {@code /bank-bjb} on the sandbox's shared HTTP port.
 * Settings: {@code mpp.sandbox.bank-bjb.token-ttl-seconds}, {@code timestamp-tolerance-seconds},
 * {@code slow-answer-ms} (see {@link BankBjbSettings}). Tests read what it recorded through
 * {@link #payments()} and can revoke tokens to exercise the hub's renewal.
 *
 * <p>With {@code mpp.sandbox.bank-bjb.tls.*} set, the same gateway is also served on an HTTPS port of
 * its own that requires a client certificate (mutual TLS, as banks ask of host-to-host partners);
 * the port is published as {@code mpp.sandbox.bank-bjb.tls.port}. See {@link MutualTlsListener}.
 */
public final class BankBjbBackend implements AgencyBackend {

    /** The agency slug, as in {@code connectors/bank-bjb/}. */
    public static final String SLUG = "bank-bjb";
    /** The property publishing the mutual-TLS port. */
    public static final String TLS_PORT_PROPERTY = "mpp.sandbox.bank-bjb.tls.port";

    private final VaPayments payments = new VaPayments();
    private AccessTokens tokens;
    private MutualTlsListener mutualTls;

    @Override
    public String agency() {
        return SLUG;
    }

    @Override
    public void install(SandboxContext context) throws IOException {
        BankBjbSettings settings = BankBjbSettings.from(context::property);
        SnapPartner partner = SnapPartner.demo();
        tokens = new AccessTokens(context.clock(), settings.tokenTtl());
        VirtualAccountBook book = VirtualAccountBook.seeded(context.citizens(), payments);
        TokenService tokenService = new TokenService(Map.of(partner.clientKey(), partner), tokens, context.clock(),
                settings.timestampTolerance());
        TransactionGuard guard = new TransactionGuard(tokens, new ExternalIdLedger(), context.clock(),
                settings.timestampTolerance());
        SnapGateway gateway = new SnapGateway(tokenService, guard, List.of(
                new InquiryService(book, payments),
                new PaymentService(book, payments, context.clock(), settings.slowAnswer()),
                new StatusService(book, payments)), context.clock());
        context.http().createContext(SnapGateway.BASE + "/", gateway);
        mutualTls = MutualTlsListener.startIfConfigured(context, SLUG, SnapGateway.BASE + "/", gateway);
        // Built now, before any test pays: the section shows the seed.
        context.testData().register(SLUG, new BankBjbTestData(partner, book, payments, settings));
    }

    /** The HTTPS port requiring a client certificate, when it was switched on. */
    @Override
    public Map<String, Object> runtimeProperties() {
        return mutualTls == null ? Map.of() : Map.of(TLS_PORT_PROPERTY, mutualTls.port());
    }

    @Override
    public void close() {
        if (mutualTls != null) {
            mutualTls.close();
        }
    }

    /** The payments recorded, per VA and per paymentRequestId. */
    public VaPayments payments() {
        return payments;
    }

    /** How many B2B tokens were issued. */
    public int tokensIssued() {
        return tokens.issuedCount();
    }

    /** Invalidates every token issued, as a bank does on key rotation: the next call gets 401xx01. */
    public void revokeTokens() {
        tokens.revokeAll();
    }
}

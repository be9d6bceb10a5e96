package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.time.LocalDate;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;

/**
 * The simulated BPJS Kesehatan: a VClaim-style web service under {@value VclaimHandler#BASE} on
 * the shared sandbox port, with JKN memberships for most of the sandbox's citizens (by NIK), two
 * invented membership applications (data correction, FKTP change) deduplicated on the partner's
 * reference, and its section of {@code GET /test-data}.
 *
 * <p>Its consumer credentials are the sandbox demo values ({@link VclaimSettings#of}); a hub
 * configured with anything else gets VClaim's own refusal.
 */
public final class BpjsKesehatanBackend implements AgencyBackend {

    /** The agency's slug. */
    public static final String SLUG = "bpjs-kesehatan";

    private final MembershipApplications applications = new MembershipApplications();
    private final VclaimCalls calls = new VclaimCalls();

    @Override
    public String agency() {
        return SLUG;
    }

    @Override
    public void install(SandboxContext context) {
        VclaimSettings settings = VclaimSettings.of(context);
        Participants participants = new Participants(
                ParticipantSeed.build(context.citizens(), LocalDate.now(context.clock())));
        VclaimHandler handler = new VclaimHandler(settings, new VclaimGate(settings, context.clock()), calls,
                new PesertaLookup(participants, context.clock()),
                new DataCorrectionService(participants, context.citizens(), applications, context.clock()),
                new PrimaryCareChangeService(participants, applications, context.clock()),
                applications);
        context.http().createContext("/" + SLUG, handler);
        context.testData().register(SLUG,
                new BpjsKesehatanTestData(participants, context.citizens(), context.clock()));
    }

    /** The applications received and registered, for tests. */
    public MembershipApplications applications() {
        return applications;
    }

    /** The calls per service, for tests. */
    public VclaimCalls calls() {
        return calls;
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.disnaker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;

/**
 * The simulated e-layanan of Dinas Ketenagakerjaan Kota Tangerang (<em>invented</em>: Disnaker
 * publishes no partner API), under {@code /disnaker/e-layanan/v1} on the shared sandbox port: AK/1
 * job-seeker cards against its copy of the SIAPkerja registrations, and industrial-dispute
 * registrations for mediation, REST/JSON with the service account in the body
 * ({@code akunLayanan.idPengguna}/{@code kataKunci}). The account it expects is
 * {@code mpp.sandbox.disnaker.user-id}/{@code .password}, by default the published demo values.
 */
public final class DisnakerBackend implements AgencyBackend {

    /** The context on the shared server. */
    public static final String PREFIX = "/disnaker";
    /** Where the services live. */
    public static final String BASE = PREFIX + "/e-layanan/v1";
    /** SANDBOX DEMO VALUES: open nothing but this simulator, published in the docs on purpose. */
    static final String DEMO_USER_ID = "mpp-kota-tangerang";
    static final String DEMO_PASSWORD = "sandbox-disnaker-demo-password";

    private JobSeekerRegister register;
    private DisnakerLedger ledger;

    @Override
    public String agency() {
        return "disnaker";
    }

    @Override
    public void install(SandboxContext context) {
        register = JobSeekerRegister.seed(context.citizens());
        ledger = new DisnakerLedger();
        context.http().createContext(PREFIX, new DisnakerHandler(BASE,
                context.property("mpp.sandbox.disnaker.user-id", DEMO_USER_ID),
                context.property("mpp.sandbox.disnaker.password", DEMO_PASSWORD),
                List.of(new Ak1Service(register, context.clock()), new MediationService(context.clock())),
                ledger, register));
        context.testData().register(agency(), this::testData);
    }

    /** SIAPkerja registrations and AK/1 cards, including those issued since the start. */
    public JobSeekerRegister register() {
        return register;
    }

    /** The applications registered, deduplicated on idTransaksiMitra, and the calls per id. */
    public DisnakerLedger ledger() {
        return ledger;
    }

    private Object testData() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("basePath", BASE);
        section.put("services", List.of("/ak1/penerbitan", "/phi/pencatatan"));
        section.put("authentication", "akunLayanan.idPengguna/kataKunci in the body");
        section.put("deduplication", "idTransaksiMitra (the hub's request id)");
        section.put("jobSeekers", List.of(
                Map.of("nik", JobSeekerRegister.DEWI, "jobSeekerNumber", JobSeekerRegister.DEWI_NUMBER,
                        "note", "Dewi: registered 10-11-2026, no AK/1 yet (the ak1 example)"),
                Map.of("nik", JobSeekerRegister.FAJAR, "jobSeekerNumber", JobSeekerRegister.FAJAR_NUMBER,
                        "note", "Fajar: holds " + JobSeekerRegister.FAJAR_CARD + " valid to 16-03-2028 (refused, T-14)"),
                Map.of("nik", JobSeekerRegister.BUDI, "jobSeekerNumber", JobSeekerRegister.BUDI_NUMBER,
                        "note", "Budi: card " + JobSeekerRegister.BUDI_EXPIRED_CARD + " expired 22-05-2025 (a new one is issued)")));
        section.put("generatedJobSeekers", register.registrations().stream().skip(3).limit(8).map(r -> Map.of(
                "nik", r.nik(), "jobSeekerNumber", r.number(),
                "card", register.cards(r.nik()).stream().map(c -> c.number() + " valid to " + c.validUntil())
                        .findFirst().orElse("none")))
                .toList());
        section.put("mediation", "any NIK; refused with fewer than 2 bipartite dates (T-21), a future one (T-22), "
                + "a summary under " + MediationService.MIN_SUMMARY + " characters (T-23)");
        return section;
    }
}

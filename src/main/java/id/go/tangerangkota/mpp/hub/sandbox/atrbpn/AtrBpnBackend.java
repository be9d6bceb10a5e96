package id.go.tangerangkota.mpp.hub.sandbox.atrbpn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyBackend;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;

/**
 * The simulated service gateway of Kantor Pertanahan Kota Tangerang (<em>invented</em>: ATR/BPN
 * publishes no partner API for an MPP), under {@code /atr-bpn/kantah/3671/api/v1} on the shared
 * sandbox port: certificate checks and file status, REST/JSON with the partner account in the
 * body ({@code otentikasi}) and paginated answers. The account it expects is
 * {@code mpp.sandbox.atr-bpn.username}/{@code .password}, by default the published demo values.
 */
public final class AtrBpnBackend implements AgencyBackend {

    /** The context on the shared server. */
    public static final String PREFIX = "/atr-bpn";
    /** Where the services live. */
    public static final String BASE = PREFIX + "/kantah/3671/api/v1";
    /** SANDBOX DEMO VALUES: open nothing but this simulator, published in the docs on purpose. */
    static final String DEMO_USERNAME = "mpp-kota-tangerang";
    static final String DEMO_PASSWORD = "sandbox-atrbpn-demo-password";

    private LandOffice office;

    @Override
    public String agency() {
        return "atr-bpn";
    }

    @Override
    public void install(SandboxContext context) {
        office = new LandOffice();
        context.http().createContext(PREFIX, new AtrBpnHandler(BASE,
                context.property("mpp.sandbox.atr-bpn.username", DEMO_USERNAME),
                context.property("mpp.sandbox.atr-bpn.password", DEMO_PASSWORD),
                List.of(new CertificateCheckService(office, context.citizens(), context.clock()),
                        new FileSearchService(office))));
        context.testData().register(agency(), AtrBpnBackend::testData);
    }

    /** The land book and files, with the checks opened and the calls per request number. */
    public LandOffice office() {
        return office;
    }

    private static Object testData() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("basePath", BASE);
        section.put("services", List.of("/pengecekan-sertipikat", "/berkas/cari"));
        section.put("authentication", "otentikasi.namaPengguna/kataSandi in the body");
        section.put("certificates", List.of(
                Map.of("nik", LandOffice.AHMAD, "right", "HM 02346/BOJONG JAYA (KARAWACI)", "note", "file 12873/2026 in process (sale to Budi)"),
                Map.of("nik", LandOffice.SITI, "right", "HGB 01187/KETAPANG (CIPONDOH)", "note", "mortgage (Hak Tanggungan) recorded"),
                Map.of("nik", LandOffice.HENDRA, "right", "HM 00754/SUKASARI (TANGERANG)", "note", "clean; roya done in 11520/2026"),
                Map.of("nik", LandOffice.RINA, "right", "HM 03310/PINANG (PINANG)", "note", "blocked (inheritance dispute)")));
        section.put("files", List.of(
                Map.of("file", "12873/2026", "state", "PROSES", "procedure", "Peralihan Hak - Jual Beli"),
                Map.of("file", "11520/2026", "state", "SELESAI", "procedure", "Roya"),
                Map.of("file", "12990/2026", "state", "TERTUNDA", "procedure", "Pemecahan Bidang")));
        section.put("newFilesFrom", LandOffice.FIRST_NEW_FILE);
        return section;
    }
}

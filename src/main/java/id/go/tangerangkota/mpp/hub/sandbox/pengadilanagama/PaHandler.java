package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

import java.util.List;

import id.go.tangerangkota.mpp.hub.sandbox.XmlAgencyHandler;
import id.go.tangerangkota.mpp.hub.sandbox.XmlAgencyHandler.Refusal;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

/**
 * The simulated PTSP API of Pengadilan Agama Tangerang under {@code /pengadilan-agama}: routes
 * {@code POST /pengadilan-agama/ptsp/api/<service>} with XML bodies and makes the shared checks in
 * this order: path (404), HTTP Basic with the partner account (401 and a challenge), method (405),
 * content type (415), size (413), a well-formed {@code <pengajuan>} without DTD (400), then the
 * service's own checks.
 *
 * <p>Every answer is a paged envelope {@code <hasil><status>SUKSES|GAGAL</status><kode>..</kode>
 * <keterangan>..</keterangan><meta>..</meta><data><item>..</item></data></hasil>}; business
 * outcomes come with HTTP 200 and are told apart by {@code kode} and {@code meta/total_data}.
 *
 * <p>The plumbing is {@link XmlAgencyHandler}'s; this class holds what is the agency's own:
 * realm, request root, envelope, and the code and message of each shared check.
 */
final class PaHandler {

    static final XmlAgencyHandler.Dialect DIALECT = new XmlAgencyHandler.Dialect(
            "PTSP Pengadilan Agama Tangerang", "pengajuan", PaRejection.REFUSALS, PaHandler::error,
            new Refusal("404", "LAYANAN TIDAK DITEMUKAN"), // unknown path
            new Refusal("401", "AKSES DITOLAK: KREDENSIAL TIDAK VALID"), // no or wrong Basic credentials
            new Refusal("405", "METODE TIDAK DIIZINKAN"), // not POST
            new Refusal("415", "CONTENT-TYPE HARUS XML"), // not XML
            new Refusal("413", "UKURAN PESAN TERLALU BESAR"), // body over the limit
            new Refusal("500", "KESALAHAN SISTEM")); // defect of the sandbox

    private PaHandler() {
    }

    /** The handler for {@code basePath}, with the partner account given. */
    static XmlAgencyHandler create(String basePath, String username, String password, List<PaService> services) {
        return new XmlAgencyHandler(basePath, username, password, DIALECT, services);
    }

    private static XmlElement error(String code, String message) {
        return new XmlElement("hasil").leaf("status", "GAGAL").leaf("kode", code).leaf("keterangan", message);
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import java.util.List;

import id.go.tangerangkota.mpp.hub.sandbox.XmlAgencyHandler;
import id.go.tangerangkota.mpp.hub.sandbox.XmlAgencyHandler.Refusal;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

/**
 * The simulated Kejari PTSP API under {@code /kejari}: routes {@code POST /kejari/ptsp/v1/<service>}
 * with XML bodies and makes the checks every service shares, in this order: path (404, kode 04),
 * HTTP Basic with the partner account (401, kode 41 and a challenge), method (405), content type
 * (415), size (413), a well-formed {@code <permintaan>} without DTD (400, kode 30), then the
 * service's own checks.
 *
 * <p>Every answer is {@code <respon><kode>..</kode><pesan>..</pesan><data>..</data></respon>};
 * business outcomes come with HTTP 200 and are told apart by {@code kode}.
 *
 * <p>The plumbing is {@link XmlAgencyHandler}'s; this class holds what is the agency's own:
 * realm, request root, envelope, and the code and message of each shared check.
 */
final class KejariHandler {

    static final XmlAgencyHandler.Dialect DIALECT = new XmlAgencyHandler.Dialect(
            "PTSP Kejari Kota Tangerang", "permintaan", KejariRejection.REFUSALS, KejariHandler::error,
            new Refusal("04", "LAYANAN TIDAK DITEMUKAN"), // unknown path
            new Refusal("41", "OTENTIKASI GAGAL: PENGGUNA ATAU KATA SANDI SALAH"), // no or wrong Basic credentials
            new Refusal("05", "METODE TIDAK DIIZINKAN"), // not POST
            new Refusal(KejariRejection.BAD_MESSAGE, "CONTENT-TYPE HARUS XML"), // not XML
            new Refusal("30", "UKURAN PESAN TERLALU BESAR"), // body over the limit
            new Refusal("99", "SISTEM SEDANG GANGGUAN")); // defect of the sandbox

    private KejariHandler() {
    }

    /** The handler for {@code basePath}, with the partner account given. */
    static XmlAgencyHandler create(String basePath, String username, String password, List<KejariService> services) {
        return new XmlAgencyHandler(basePath, username, password, DIALECT, services);
    }

    private static XmlElement error(String code, String message) {
        return new XmlElement("respon").leaf("kode", code).leaf("pesan", message);
    }
}

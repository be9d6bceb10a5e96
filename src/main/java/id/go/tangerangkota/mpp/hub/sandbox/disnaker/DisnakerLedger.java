package id.go.tangerangkota.mpp.hub.sandbox.disnaker;

import java.util.LinkedHashMap;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;

/**
 * What Disnaker registered under each partner transaction id ({@code idTransaksiMitra}, the hub's
 * request id), with the shared {@link RequestLedger} rules: a repeat of the same application gets
 * the first answer and registers nothing; the same id for a different application is refused
 * (V-09, HTTP 409). Refusals are not kept: the office files nothing for them, so a repeat is judged
 * again. The answers are JSON maps, so each is copied in and out: a repeat gets the first answer
 * as it was.
 */
public final class DisnakerLedger extends RequestLedger<Map<String, Object>> {

    /** AK/1 cards issued. */
    public static final String AK1 = "KARTU_AK1";
    /** Industrial disputes registered for mediation. */
    public static final String MEDIATION = "PENCATATAN_PHI";

    DisnakerLedger() {
        super(() -> new DisnakerRejection(409, DisnakerRejection.ID_REUSED,
                "idTransaksiMitra sudah digunakan untuk permohonan lain"), LinkedHashMap::new);
    }
}

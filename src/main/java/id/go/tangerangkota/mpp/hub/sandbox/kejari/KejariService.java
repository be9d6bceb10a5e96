package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;
import id.go.tangerangkota.mpp.hub.sandbox.XmlService;

/**
 * One service of the simulated Kejari PTSP back end, under {@code /kejari/ptsp/v1}: answers the
 * whole successful {@code <respon>}, or throws {@link KejariRejection} with its kode and pesan.
 */
interface KejariService extends XmlService {

    /** {@code <respon><kode>00</kode><pesan>...</pesan>}, to which the service adds {@code <data>}. */
    static XmlElement success(String pesan) {
        return new XmlElement("respon").leaf("kode", "00").leaf("pesan", pesan);
    }
}

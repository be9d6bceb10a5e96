package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

/** One service of the simulated Kejari PTSP back end. */
interface KejariService {

    /** The path under {@code /kejari/ptsp/v1}, e.g. {@code /tilang/denda}. */
    String path();

    /** Sees every well-formed request before any check (for counting). */
    default void observe(KejariRequest request) {
    }

    /**
     * The whole successful {@code <respon>}.
     *
     * @throws KejariRejection when a check fails; its kode and pesan are answered
     */
    XmlElement answer(KejariRequest request);

    /** {@code <respon><kode>00</kode><pesan>...</pesan>}, to which the service adds {@code <data>}. */
    static XmlElement success(String pesan) {
        return new XmlElement("respon").leaf("kode", "00").leaf("pesan", pesan);
    }
}

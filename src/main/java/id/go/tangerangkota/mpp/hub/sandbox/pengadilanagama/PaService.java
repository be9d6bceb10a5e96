package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;
import id.go.tangerangkota.mpp.hub.sandbox.XmlService;

import java.util.List;

/**
 * One service of the simulated Pengadilan Agama PTSP back end, under {@code
 * /pengadilan-agama/ptsp/api}: answers the whole successful {@code <hasil>}, or throws {@link
 * PaRejection} with its kode and keterangan.
 */
interface PaService extends XmlService {

    /**
     * {@code <hasil>} with status SUKSES, kode 200, a one-page {@code <meta>} and the items under
     * {@code <data>}, each {@code <item>}; no items is still 200, with total_data 0.
     */
    static XmlElement page(String keterangan, List<XmlElement> items) {
        XmlElement hasil = new XmlElement("hasil").leaf("status", "SUKSES").leaf("kode", "200")
                .leaf("keterangan", keterangan);
        hasil.child("meta").leaf("halaman", 1).leaf("per_halaman", 10).leaf("total_data", items.size())
                .leaf("total_halaman", items.isEmpty() ? 0 : 1);
        XmlElement data = hasil.child("data");
        items.forEach(data::add);
        return hasil;
    }
}

package id.go.tangerangkota.mpp.hub.sandbox.atrbpn;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /berkas/cari}: files by number and year, as the receipt shows them. An unknown file
 * is a successful search with no records ({@code totalData} 0), as in a list API.
 */
final class FileSearchService implements AtrBpnService {

    private final LandOffice office;

    FileSearchService(LandOffice office) {
        this.office = office;
    }

    @Override
    public String path() {
        return "/berkas/cari";
    }

    @Override
    public List<Map<String, Object>> answer(JsonNode body) {
        int number = AtrBpnService.integer(body, "nomorBerkas");
        int year = AtrBpnService.integer(body, "tahunBerkas");
        return office.file(number, year).map(FileSearchService::record).map(List::of).orElse(List.of());
    }

    static Map<String, Object> record(LandFile file) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("nomorBerkas", file.number());
        r.put("tahunBerkas", file.year());
        r.put("prosedur", file.procedure());
        r.put("statusBerkas", file.state());
        r.put("posisiBerkas", file.position());
        r.put("keterangan", file.note());
        r.put("objekHak", file.right());
        r.put("tanggalMasuk", file.received().toString());
        r.put("tanggalPerubahan", file.updated().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return r;
    }
}

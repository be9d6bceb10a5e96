package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;
import id.go.tangerangkota.mpp.hub.sandbox.XmlRequest;

import java.time.Clock;
import java.util.Arrays;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;
import id.go.tangerangkota.mpp.hub.sandbox.Kecamatan;

/**
 * {@code POST /pdam/api/layanan/sambungan-baru}: an application for a new connection. Checks: the
 * NIK in the population register (57), the kecamatan and a kelurahan of it (58), the class, use
 * and ownership codes (32), and a neighbour's customer number when given (59). Registered for a
 * site survey.
 */
final class NewConnectionService extends ApplicationService {

    static final Set<String> USES = Set.of("RUMAH_TINGGAL", "TOKO", "RUMAH_TOKO", "TEMPAT_IBADAH", "SEKOLAH",
            "KANTOR", "LAINNYA");
    static final Set<String> OWNERSHIP = Set.of("MILIK_SENDIRI", "SEWA");

    private final CitizenRegistry citizens;

    NewConnectionService(Customers customers, RequestLedger<XmlElement> applications, CitizenRegistry citizens, Clock clock) {
        super(customers, applications, clock);
        this.citizens = citizens;
    }

    @Override
    public String path() {
        return "/layanan/sambungan-baru";
    }

    @Override
    String kind() {
        return "SAMBUNGAN_BARU";
    }

    @Override
    String prefix() {
        return "SB";
    }

    @Override
    void check(XmlRequest request, String nik) {
        request.required("alamat");
        String kelurahan = request.required("kelurahan");
        String kecamatanName = request.required("kecamatan");
        String gol = request.required("gol_diminta");
        String use = request.required("peruntukan");
        String ownership = request.required("status_bangunan");
        String phone = request.required("no_hp");
        if (!Tariff.CLASSES.contains(gol)) {
            throw PdamRejection.invalid("gol_diminta");
        }
        if (!USES.contains(use)) {
            throw PdamRejection.invalid("peruntukan");
        }
        if (!OWNERSHIP.contains(ownership)) {
            throw PdamRejection.invalid("status_bangunan");
        }
        if (!phone.matches("08[0-9]{8,11}")) {
            throw PdamRejection.invalid("no_hp");
        }
        Kecamatan kecamatan = Arrays.stream(Kecamatan.values()).filter(k -> k.siakName().equals(kecamatanName))
                .findFirst().orElseThrow(() -> PdamRejection.invalid("kecamatan"));
        if (!kecamatan.kelurahan().contains(kelurahan)) {
            throw new PdamRejection(PdamRejection.KELURAHAN, "KELURAHAN TIDAK SESUAI KECAMATAN");
        }
        if (citizens.byNik(nik).isEmpty()) {
            throw new PdamRejection(PdamRejection.NIK_UNKNOWN, "NIK TIDAK TERDAFTAR DI DUKCAPIL");
        }
        var neighbour = request.optional("cust_id_terdekat");
        if (neighbour.isPresent() && customers.byId(neighbour.get()).isEmpty()) {
            throw new PdamRejection(PdamRejection.NEIGHBOUR_UNKNOWN, "PELANGGAN TERDEKAT TIDAK DITEMUKAN");
        }
    }
}

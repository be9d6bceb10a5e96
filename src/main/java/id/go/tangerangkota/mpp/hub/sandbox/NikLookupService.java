package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.Map;

/** CALL_NIK: the citizen's SIAK record by NIK. */
final class NikLookupService implements DukcapilService {

    private final CitizenRegistry citizens;

    NikLookupService(CitizenRegistry citizens) {
        this.citizens = citizens;
    }

    @Override
    public String name() {
        return "CALL_NIK";
    }

    @Override
    public Map<String, ?> answer(DukcapilRequest request) {
        request.required("NIK");
        request.required("ip_user");
        String nik = request.nik("NIK");
        Citizen citizen = citizens.byNik(nik)
                .orElseThrow(() -> new DukcapilRejection("Data Tidak Ditemukan"));
        return SiakRecord.of(citizen);
    }
}

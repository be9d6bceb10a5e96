package id.go.tangerangkota.mpp.hub.sandbox;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A citizen written the way SIAK answers CALL_NIK: its own column names, every value a string,
 * dates as {@code dd-MM-yyyy}.
 */
final class SiakRecord {

    /** SIAK's date format, for TGL_LHR and every other date it answers. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private SiakRecord() {
    }

    /** The record, columns in SIAK's order. */
    static Map<String, String> of(Citizen citizen) {
        Citizen.Address address = citizen.address();
        Map<String, String> record = new LinkedHashMap<>();
        record.put("NIK", citizen.nik());
        record.put("NO_KK", citizen.familyCardNumber());
        record.put("NAMA_LGKP", citizen.fullName());
        record.put("JENIS_KLMIN", citizen.sex().siakName());
        record.put("TMPT_LHR", citizen.birthPlace());
        record.put("TGL_LHR", DATE.format(citizen.birthDate()));
        record.put("AGAMA", citizen.religion());
        record.put("STATUS_KAWIN", citizen.maritalStatus());
        record.put("STAT_HBKEL", citizen.familyRelation());
        record.put("GOL_DRH", citizen.bloodType());
        record.put("PDDK_AKH", citizen.education());
        record.put("JENIS_PKRJN", citizen.occupation());
        record.put("NAMA_LGKP_IBU", citizen.motherName());
        record.put("ALAMAT", address.street());
        record.put("NO_RT", address.rt());
        record.put("NO_RW", address.rw());
        record.put("NO_PROP", "36");
        record.put("NO_KAB", "71");
        record.put("NO_KEC", address.kecamatan().code());
        record.put("NO_KEL", address.kelurahanCode());
        record.put("PROP_NAME", "BANTEN");
        record.put("KAB_NAME", "KOTA TANGERANG");
        record.put("KEC_NAME", address.kecamatan().siakName());
        record.put("KEL_NAME", address.kelurahan());
        record.put("EKTP_STATUS", citizen.ektpStatus());
        return record;
    }
}

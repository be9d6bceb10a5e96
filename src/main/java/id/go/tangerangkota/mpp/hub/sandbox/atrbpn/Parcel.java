package id.go.tangerangkota.mpp.hub.sandbox.atrbpn;

import java.util.List;

/**
 * A registered right in the land book (buku tanah): right type and 5-digit number per kelurahan,
 * the NIB of the parcel, the holder's NIK and what is recorded on it (mortgages, blocks, seizures).
 */
record Parcel(String rightType, String rightNumber, String kelurahan, String kecamatan, String nib,
        String holderNik, int areaM2, List<String> encumbrances) {

    /** The land book key: {@code HM 02346/BOJONG JAYA}. */
    String key() {
        return key(rightType, rightNumber, kelurahan);
    }

    static String key(String rightType, String rightNumber, String kelurahan) {
        return rightType + " " + rightNumber + "/" + kelurahan;
    }
}

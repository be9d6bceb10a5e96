package id.go.tangerangkota.mpp.hub.support;

/**
 * Sandbox citizens and request bodies the end-to-end tests share. The NIKs are the sandbox's
 * showcase citizens; {@link #UNKNOWN} uses a serial the sandbox never assigns.
 */
public final class Citizens {

    public static final String BUDI = "3671011203850001";
    public static final String SITI = "3671055208920002";
    public static final String DEWI = "3671134101000004";
    public static final String UNKNOWN = "3671061010909999";

    public static final String LOOKUP = "/api/v1/agencies/disdukcapil/services/nik-lookup";
    public static final String VERIFY = "/api/v1/agencies/disdukcapil/services/nik-verify";
    public static final String BIRTH = "/api/v1/agencies/disdukcapil/services/birth-certificate";

    private Citizens() {
    }

    public static String lookupBody(String nik) {
        return "{\"citizen\":{\"nik\":\"" + nik + "\"},\"data\":{\"purpose\":\"Pelayanan di loket MPP\"}}";
    }

    /** Siti reports a birth; the mother must be in Budi and Siti's family card for it to pass. */
    public static String birthBody(String motherNik, String childName) {
        return """
                {"citizen":{"nik":"%s"},"data":{"purpose":"Pencatatan kelahiran di loket MPP",
                 "familyCardNumber":"3671050101150001","motherNik":"%s",
                 "fatherNik":"3671011203850001","child":{"fullName":"%s","sex":"F","birthPlace":"Tangerang",
                 "birthDate":"2026-11-01","birthOrder":2}}}""".formatted(SITI, motherNik, childName);
    }
}

package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CALL_VERIFY_BY_ELEMEN: compares the elements the caller sends with SIAK and answers per
 * element whether they match, never the record itself ("verify, don't share").
 *
 * <p>Birth date and family card number must match exactly; name, birth place, mother's name and
 * address are scored (see {@link SimilarityScore}) and match from the caller's TRESHOLD on.
 */
final class ElementVerificationService implements DukcapilService {

    /** The threshold when the caller sends none. */
    static final double DEFAULT_THRESHOLD = 80.0;

    /** Compared as sent (trimmed); the others (NAMA_LGKP, TMPT_LHR, NAMA_LGKP_IBU, ALAMAT) are scored. */
    private static final List<String> EXACT = List.of("TGL_LHR", "NO_KK");
    /** Answer order: the order of the SIAK columns. */
    private static final List<String> ELEMENTS =
            List.of("NAMA_LGKP", "TMPT_LHR", "TGL_LHR", "NAMA_LGKP_IBU", "ALAMAT", "NO_KK");
    private static final String MATCH = "Sesuai";
    private static final String NO_MATCH = "Tidak Sesuai";

    private final CitizenRegistry citizens;

    ElementVerificationService(CitizenRegistry citizens) {
        this.citizens = citizens;
    }

    @Override
    public String name() {
        return "CALL_VERIFY_BY_ELEMEN";
    }

    @Override
    public Map<String, ?> answer(DukcapilRequest request) {
        request.required("NIK");
        request.required("ip_user");
        double threshold = threshold(request);
        Map<String, String> sent = new LinkedHashMap<>();
        for (String element : ELEMENTS) {
            request.optional(element).ifPresent(value -> sent.put(element, value));
        }
        if (sent.isEmpty()) {
            throw new DukcapilRejection("Parameter Tidak Lengkap: ELEMEN");
        }
        String nik = request.nik("NIK");
        Map<String, String> record = SiakRecord.of(citizens.byNik(nik)
                .orElseThrow(() -> new DukcapilRejection("Data Tidak Ditemukan")));

        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("NIK", MATCH);
        sent.forEach((element, value) -> answer.put(element, EXACT.contains(element)
                ? exact(value, record.get(element))
                : scored(value, record.get(element), threshold)));
        return answer;
    }

    private static String exact(String sent, String stored) {
        return sent.strip().equals(stored) ? MATCH : NO_MATCH;
    }

    private static String scored(String sent, String stored, double threshold) {
        // The rounded score decides, so the answer never reads "Tidak Sesuai (80.0)" at 80.
        double score = SimilarityScore.of(sent, stored);
        return (score >= threshold ? MATCH : NO_MATCH) + " (" + SimilarityScore.format(score) + ")";
    }

    private static double threshold(DukcapilRequest request) {
        String sent = request.optional("TRESHOLD").map(String::strip).orElse("");
        if (sent.isEmpty()) {
            return DEFAULT_THRESHOLD;
        }
        // Plain decimal digits only: Java would also parse "80d", "NaN" or "1e2".
        if (sent.matches("\\d{1,3}(\\.\\d+)?") && Double.parseDouble(sent) <= 100) {
            return Double.parseDouble(sent);
        }
        throw new DukcapilRejection("Parameter Tidak Valid: TRESHOLD");
    }
}

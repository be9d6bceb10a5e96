package id.go.tangerangkota.mpp.bench.scenario;

import java.util.List;

/**
 * The identifiers the scenarios rotate through, one per call by {@code sequence}, the same pool on
 * both sides so the hub and the direct call ask for the same records. Copied from the sandbox's
 * {@code GET /test-data} (its data come from a fixed seed, so they are the same at every start) and
 * each checked to answer "found" through the hub; rotating over a few dozen keeps any per-record
 * cache of the back end or the hub from making one record's cost the whole figure.
 */
final class TestData {

    /** Disdukcapil: the showcase citizens and the generated sample NIKs, all in SIAK. */
    static final List<String> CITIZEN_NIKS = List.of(
            "3671011203850001", "3671055208920002", "3671071506780003", "3671134101000004",
            "3671092709650005", "3671116304880006", "3671011208940001", "3671015409930001",
            "3671021912510001", "3671026008540001", "3671031001840001", "3671034612900001",
            "3671041503660001", "3671045601750001", "3671052003880001", "3671055306900001",
            "3671060511880001", "3671064510960001", "3671072711650001", "3671075609670001",
            "3671081403620001", "3671085703700001", "3671090506960001", "3671094603980001",
            "3671102604740001", "3671105407780001", "3671112408890001", "3671115910570001",
            "3671120203890001", "3671125302490001", "3671131501940001", "3671136004980001");

    /**
     * BPJS Kesehatan: the showcase cards and the sample cards of every segment, active and not (an
     * inactive membership is still a found participant, answered 200 with its status).
     */
    static final List<String> PARTICIPANT_NIKS = List.of(
            "3671011203850001", "3671055208920002", "3671071506780003", "3671134101000004",
            "3671092709650005", "3671116304880006", "3671071001080001", "3671121406810001",
            "3671096005570001", "3671054701200001", "3671055306900001", "3671052003880001",
            "3671061209560001", "3671063005810001", "3671016309890001", "3671026008540001",
            "3671021912510001", "3671042408190001", "3671076203190001", "3671065303930001",
            "3671024712170001", "3671124910030001", "3671125709930001", "3671092209500001",
            "3671074609800001", "3671105911730001", "3671054406600001", "3671062511070001",
            "3671081811910001", "3671040101650001", "3671044107700001", "3671011703930001");

    /** A plate with its owner, whose NIK the inquiry carries (the host shows the name to the owner only). */
    record Vehicle(String plate, String ownerNik) {
    }

    /**
     * Samsat: the showcase vehicles and the samples (unpaid, arrears, paid, STNK replacement due);
     * the blocked ones are left out, since the host refuses their inquiry (kode 46).
     */
    static final List<Vehicle> VEHICLES = List.of(
            new Vehicle("B 1234 CVA", "3671011203850001"), new Vehicle("B 4721 VKL", "3671116304880006"),
            new Vehicle("B 3318 CFR", "3671055208920002"), new Vehicle("B 2468 CPK", "3671071506780003"),
            new Vehicle("B 1965 CHW", "3671092709650005"), new Vehicle("B 5127 VDL", "3671134101000004"),
            new Vehicle("B 446 CAT", "3671135402720011"), new Vehicle("B 3931 VP", "3671011208940001"),
            new Vehicle("B 8948 VRR", "3671015409930001"), new Vehicle("B 1529 V", "3671041503660001"),
            new Vehicle("B 3314 C", "3671052003880001"), new Vehicle("B 8922 CUR", "3671074211810008"),
            new Vehicle("B 9792 C", "3671011208940001"), new Vehicle("B 4315 CWY", "3671034612900001"),
            new Vehicle("B 1642 CE", "3671016604610001"), new Vehicle("B 804 C", "3671027010900001"),
            new Vehicle("B 3483 CE", "3671074211810008"), new Vehicle("B 3222 VD", "3671031001840001"),
            new Vehicle("B 2410 CKY", "3671041503660001"), new Vehicle("B 9004 CZ", "3671055306900001"),
            new Vehicle("B 1665 CUX", "3671101509040001"), new Vehicle("B 1418 CSM", "3671032704600001"),
            new Vehicle("B 1270 VKV", "3671106209000001"), new Vehicle("B 2170 C", "3671075712780001"),
            new Vehicle("B 8950 CNZ", "3671102009690001"), new Vehicle("B 8570 VJ", "3671041205830001"));

    private TestData() {
    }

    /** The pool's entry for this call: consecutive calls take consecutive entries. */
    static <T> T pick(List<T> pool, long sequence) {
        return pool.get((int) Math.floorMod(sequence, (long) pool.size()));
    }
}

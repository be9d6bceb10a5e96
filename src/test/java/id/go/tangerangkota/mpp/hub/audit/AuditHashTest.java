package id.go.tangerangkota.mpp.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** The canonical encoding and hash of audit entries, as docs/security.md defines them for auditors. */
class AuditHashTest {

    private static final AuditRecord RECORD = new AuditRecord(Instant.parse("2026-11-20T03:04:05.678Z"),
            AuditKind.COUNTER_CALL, "counter-mpp", "mpp-tangerang", "COUNTER", "callService", "POST",
            "/api/v1/agencies/{agency}/services/{service}", "disdukcapil", "nik-lookup", "req-1", "trace-1", 200,
            null, "a".repeat(64), "b".repeat(64));

    @Test
    void theEncodingIsTheDocumentedLengthPrefixedLines() {
        String expected = "mpp-audit-v1\n" + "seq=2:42\n" + "at=13:1795143845678\n" + "kind=12:COUNTER_CALL\n"
                + "client_id=11:counter-mpp\n" + "site=13:mpp-tangerang\n" + "role=7:COUNTER\n"
                + "operation=11:callService\n" + "method=4:POST\n"
                + "path=44:/api/v1/agencies/{agency}/services/{service}\n" + "agency=11:disdukcapil\n"
                + "service=10:nik-lookup\n" + "request_id=5:req-1\n" + "trace_id=7:trace-1\n" + "status=3:200\n"
                + "outcome=~\n" + "request_digest=64:" + "a".repeat(64) + "\n" + "response_digest=64:" + "b".repeat(64)
                + "\n" + "prev_hash=64:" + AuditHash.GENESIS + "\n";

        assertThat(new String(AuditHash.canonical(42, RECORD, AuditHash.GENESIS), StandardCharsets.UTF_8))
                .isEqualTo(expected);
        // An auditor's own SHA-256 over those bytes is the hash.
        assertThat(AuditHash.of(42, RECORD, AuditHash.GENESIS))
                .isEqualTo(Digests.sha256Hex(expected.getBytes(StandardCharsets.UTF_8)))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        Set<String> hashes = new HashSet<>();
        hashes.add(AuditHash.of(42, RECORD, AuditHash.GENESIS));
        hashes.add(AuditHash.of(43, RECORD, AuditHash.GENESIS));
        hashes.add(AuditHash.of(42, RECORD, "1" + AuditHash.GENESIS.substring(1)));
        for (UnaryOperator<Object[]> change : FieldChanges.ALL) {
            assertThat(hashes.add(AuditHash.of(42, FieldChanges.apply(RECORD, change), AuditHash.GENESIS)))
                    .as("a changed field gives a new hash").isTrue();
        }
        assertThat(hashes).hasSize(3 + 16);
    }

    @Test
    void nullAndEmptyAndShiftedValuesCannotCollide() {
        // "~" as a value and an absent value, and text moved between neighbouring fields, hash apart.
        AuditRecord tilde = FieldChanges.apply(RECORD, f -> set(f, 13, "~"));
        AuditRecord shiftedLeft = FieldChanges.apply(RECORD, f -> set(set(f, 2, "counter-mppmpp"), 3, "-tangerang"));
        assertThat(AuditHash.of(1, tilde, AuditHash.GENESIS)).isNotEqualTo(AuditHash.of(1, RECORD, AuditHash.GENESIS));
        assertThat(AuditHash.of(1, shiftedLeft, AuditHash.GENESIS))
                .isNotEqualTo(AuditHash.of(1, RECORD, AuditHash.GENESIS));
    }

    @Test
    void aNikInAFreeTextIsMaskedBeforeItIsStoredOrHashed() {
        AuditRecord r = FieldChanges.apply(RECORD, f -> set(set(f, 13, "agency said 3671011203850001 unknown"),
                7, "/api/v1/citizens/3671011203850001/access-log"));
        assertThat(r.outcome()).isEqualTo("agency said 3671********0001 unknown");
        assertThat(r.path()).isEqualTo("/api/v1/citizens/3671********0001/access-log");
    }

    private static Object[] set(Object[] fields, int index, Object value) {
        fields[index] = value;
        return fields;
    }

    /** One change per field of a record (all but the time and kind are positions in {@link #fields}). */
    static final class FieldChanges {

        static final java.util.List<UnaryOperator<Object[]>> ALL = new java.util.ArrayList<>();

        static {
            ALL.add(f -> set(f, 0, Instant.parse("2026-11-20T03:04:05.679Z")));
            ALL.add(f -> set(f, 1, AuditKind.AGENCY_CALL));
            for (int i = 2; i <= 15; i++) {
                int index = i;
                ALL.add(f -> set(f, index, index == 12 ? (Object) 201
                        : f[index] == null ? "x" : "Z" + ((String) f[index]).substring(1)));
            }
        }

        static Object[] fields(AuditRecord r) {
            return new Object[] {r.at(), r.kind(), r.clientId(), r.site(), r.role(), r.operation(), r.method(), r.path(),
                r.agency(), r.service(), r.requestId(), r.traceId(), r.status(), r.outcome(), r.requestDigest(),
                r.responseDigest()};
        }

        static AuditRecord apply(AuditRecord r, UnaryOperator<Object[]> change) {
            Object[] f = change.apply(fields(r));
            return new AuditRecord((Instant) f[0], (AuditKind) f[1], (String) f[2], (String) f[3], (String) f[4],
                    (String) f[5], (String) f[6], (String) f[7], (String) f[8], (String) f[9], (String) f[10],
                    (String) f[11], (Integer) f[12], (String) f[13], (String) f[14], (String) f[15]);
        }
    }
}

package id.go.tangerangkota.mpp.hub.protocol.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.request.RequestIds;
import org.junit.jupiter.api.Test;

/**
 * X-EXTERNAL-ID derivation, against vectors computed outside Java:
 * <pre>
 * h=$(printf '%s' "0195a1b2-0000-7000-8000-0000000000b2:/v1.0/transfer-va/payment" | openssl dgst -sha256 | awk '{print $2}')
 * python3 -c "print(10**35 + (int('$h'[:30], 16) >> 1))"
 * </pre>
 */
class SnapExternalIdTest {

    static final String REQUEST_ID = "0195a1b2-0000-7000-8000-0000000000b2";

    @Test
    void matchesTheIndependentlyComputedVectors() {
        assertThat(SnapExternalId.of(REQUEST_ID, "/v1.0/transfer-va/payment"))
                .isEqualTo("347373893105633790846565331878163191");
        assertThat(SnapExternalId.of(REQUEST_ID, "/v1.0/transfer-va/status"))
                .isEqualTo("167815535571850873068969830983025563");
    }

    @Test
    void sameRequestGivesTheSameIdAndEveryIdIs36DigitsWithoutLeadingZero() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String requestId = RequestIds.next();
            String id = SnapExternalId.of(requestId, "/v1.0/transfer-va/payment");
            assertThat(id).matches("[1-9][0-9]{35}");
            assertThat(SnapExternalId.of(requestId, "/v1.0/transfer-va/payment")).isEqualTo(id);
            assertThat(seen.add(id)).as("unique").isTrue();
        }
    }

    @Test
    void needsARequestId() {
        assertThatThrownBy(() -> SnapExternalId.of(" ", "/v1.0/transfer-va/payment"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyThePaymentKeepsItsExternalIdWhenAskedAgain() {
        String id = "01a20356-ffed-790d-b621-3f86d053adff";

        assertThat(SnapExternalId.forCall(id, "/v1.0/transfer-va/payment"))
                .isEqualTo(SnapExternalId.forCall(id, "/v1.0/transfer-va/payment"));
        String status = SnapExternalId.forCall(id, "/v1.0/transfer-va/status");
        assertThat(status).hasSize(36).doesNotStartWith("0").containsOnlyDigits()
                .isNotEqualTo(SnapExternalId.forCall(id, "/v1.0/transfer-va/status"));
    }
}

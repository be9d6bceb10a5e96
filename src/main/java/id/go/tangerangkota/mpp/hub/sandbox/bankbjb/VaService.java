package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.util.Map;

/** One SNAP virtual-account service behind the {@link TransactionGuard}. */
interface VaService {

    /** SNAP's two-digit service code, e.g. {@code 24}. */
    String serviceCode();

    /** The path under the gateway's base, e.g. {@code /v1.0/transfer-va/inquiry}. */
    String path();

    /**
     * The success answer.
     *
     * @throws SnapRejection for every refusal
     */
    Map<String, Object> answer(VaRequest request);

    /** Sees every parsed request that reached the service, before its checks (to count calls). */
    default void observe(VaRequest request) {
    }
}

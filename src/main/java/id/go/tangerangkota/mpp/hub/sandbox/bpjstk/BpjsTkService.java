package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** One service of the simulated BPJS Ketenagakerjaan gateway. */
interface BpjsTkService {

    /** The path under {@code /jamsostek/v1}, e.g. {@code /peserta/status}. */
    String path();

    /** Sees every well-formed body that reached the service, before any check (for counting). */
    default void observe(JsonNode body) {
    }

    /**
     * The {@code data} object of a successful answer.
     *
     * @throws BpjsTkRejection when a check fails; its kode and pesan are answered
     */
    Map<String, Object> answer(BpjsTkRequest request);
}

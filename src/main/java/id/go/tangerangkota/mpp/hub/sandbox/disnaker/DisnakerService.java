package id.go.tangerangkota.mpp.hub.sandbox.disnaker;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** One application service of the simulated Disnaker e-layanan; the handler authenticates and deduplicates. */
interface DisnakerService {

    /** e.g. {@code /ak1/penerbitan}. */
    String path();

    /** What the ledger counts it as: {@link DisnakerLedger#AK1} or {@link DisnakerLedger#MEDIATION}. */
    String kind();

    /** Registers a new application: the answer's message and {@code hasil}, or a {@link DisnakerRejection}. */
    Registered register(JsonNode body, String transactionId);

    /** A successful registration. */
    record Registered(String pesan, Map<String, Object> hasil) {
    }
}

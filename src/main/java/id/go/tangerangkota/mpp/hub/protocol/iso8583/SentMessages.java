package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/**
 * The hub's journal of the ISO 8583 messages it sent, by the reference their request view gives
 * ({@code journalKey}, e.g. the hub's external id of a payment) and message type. A reversal or an
 * advice must quote the original message's audit number and date-time (bit 56), which the hub
 * only knows from here when the original's answer never came.
 *
 * <p>In memory and bounded (the most recent {@value #CAPACITY} references): a reversal is made
 * within seconds or minutes of its payment. After a restart the caller must supply the original
 * data itself (the mappings accept it in the envelope).
 */
@Component("iso8583Journal")
public class SentMessages {

    static final int CAPACITY = 10_000;

    private final Map<String, Map<String, ObjectNode>> byKey = new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, ObjectNode>> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * Records a sent message.
     *
     * @param key    the reference, or null (then nothing is recorded)
     * @param mti    its message type
     * @param fields its fields as sent, structured private data left out
     */
    public synchronized void record(String key, String mti, ObjectNode fields) {
        if (key == null || key.isBlank()) {
            return;
        }
        byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(mti, fields.deepCopy());
    }

    /** The messages sent under this reference, by message type (the last one of each type). */
    public synchronized Map<String, ObjectNode> recall(String key) {
        Map<String, ObjectNode> sent = key == null ? null : byKey.get(key);
        if (sent == null) {
            return Map.of();
        }
        Map<String, ObjectNode> copy = new LinkedHashMap<>();
        sent.forEach((mti, fields) -> copy.put(mti, fields.deepCopy()));
        return copy;
    }
}

package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import java.util.Map;

import org.jpos.iso.ISOMsg;
import org.jpos.iso.ISOPackager;

/**
 * One ISO 8583 call as the request mapping described it, ready for {@link IsoChannels}.
 *
 * @param endpoint    the host
 * @param packagerKey identifies the packager, so one connection is kept per host and packager
 * @param packager    packs and unpacks the messages
 * @param message     the request, without audit number (the channel gives each message its own)
 * @param signOn      how to sign on, or null when the host needs no sign-on
 * @param journalKey  the reference the message is journaled under (see {@link SentMessages}), or null
 * @param journalSkip fields not journaled (structured private data)
 */
public record IsoRequest(TcpEndpoint endpoint, String packagerKey, ISOPackager packager, ISOMsg message,
        SignOn signOn, String journalKey, java.util.Set<Integer> journalSkip) {

    /**
     * The session's sign-on, from the request mapping's {@code signOn} block.
     *
     * @param message      the network management request (e.g. MTI 2800 with bit 70 = 001)
     * @param acceptedWhen the answer's fields that mean "signed on", e.g. {39: "0000"}
     * @param neededWhen   the fields of a transaction's answer that mean "sign on first", e.g. {39: "0011"}:
     *                     the channel signs on again and repeats the transaction once
     */
    public record SignOn(ISOMsg message, Map<Integer, String> acceptedWhen, Map<Integer, String> neededWhen) {

        static boolean matches(ISOMsg answer, Map<Integer, String> condition) {
            if (condition == null || condition.isEmpty()) {
                return false;
            }
            return condition.entrySet().stream().allMatch(e -> e.getValue().equals(answer.getString(e.getKey())));
        }
    }
}

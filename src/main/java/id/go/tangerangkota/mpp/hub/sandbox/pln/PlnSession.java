package id.go.tangerangkota.mpp.hub.sandbox.pln;

import java.util.HashSet;
import java.util.Set;

/**
 * One partner connection to the host: signed on or not, and the audit numbers it used (a number
 * used twice within a session is refused with 0093). Used by the connection's own thread only.
 */
final class PlnSession {

    private boolean signedOn;
    private final Set<String> auditNumbers = new HashSet<>();

    boolean signedOn() {
        return signedOn;
    }

    void signedOn(boolean value) {
        signedOn = value;
    }

    /** Records the audit number; false when the session already used it. */
    boolean firstUseOf(String auditNumber) {
        return auditNumbers.add(auditNumber);
    }
}

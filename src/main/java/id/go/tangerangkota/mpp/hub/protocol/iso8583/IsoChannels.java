package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jpos.iso.ISOException;
import org.jpos.iso.ISOMsg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The hub's ISO 8583 connection manager: one persistent connection per host (and packager),
 * opened on first use and again after it drops; a session signs on before its first transaction
 * and again whenever the host says it must (the request's {@code neededWhen}, e.g. RC 0011), and
 * then the transaction is sent once more. Every message gets a unique audit number (bit 11) and,
 * unless the mapping set one, the local date-time (bit 12).
 *
 * <p>The time limit covers everything: connecting, signing on and the answer. Running out of it
 * is a {@link SocketTimeoutException}, which the agency-call template turns into a 503; the
 * message may have reached the host, so a payment is then checked with an advice, never resent.
 */
@Component("iso8583Channels")
public class IsoChannels implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(IsoChannels.class);
    /** Bit 12 is the sender's local time; the hub's counters are in Kota Tangerang (WIB). */
    private static final ZoneId LOCAL_ZONE = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final AuditNumbers auditNumbers;
    private final SentMessages journal;
    private final Clock clock;
    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

    public IsoChannels(AuditNumbers auditNumbers, SentMessages journal, Clock clock) {
        this.auditNumbers = auditNumbers;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * What was sent last and what came back.
     *
     * @param sent            the message the answer answers (the transaction, or the refused sign-on)
     * @param answer          the host's answer
     * @param signOnRefused   true when the host refused the sign-on: the answer is the sign-on's
     */
    public record Exchanged(ISOMsg sent, ISOMsg answer, boolean signOnRefused) {
    }

    /**
     * Sends a request and waits for its answer.
     *
     * @throws SocketTimeoutException when connecting, signing on and answering took longer than allowed
     * @throws IOException            when the host cannot be reached or the connection broke
     */
    public Exchanged exchange(IsoRequest request, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            return exchange(request, deadline);
        } catch (IsoConnection.NotSent closedMeanwhile) {
            // The host dropped the session between our picking the connection and writing to it;
            // nothing reached it, so a new connection may carry the message (payments included).
            return exchange(request, deadline);
        }
    }

    private Exchanged exchange(IsoRequest request, long deadline) throws IOException {
        IsoConnection connection = connection(request, deadline);
        Exchanged refused = ensureSignedOn(connection, request, deadline);
        if (refused != null) {
            return refused;
        }
        ISOMsg sent = stamped(request.message());
        journal(request, sent);
        ISOMsg answer = connection.call(sent, deadline);
        if (request.signOn() != null && IsoRequest.SignOn.matches(answer, request.signOn().neededWhen())) {
            // The host lost our session (its restart, a sign-off): sign on again and repeat once.
            // Safe for payments too: the host says it did not process the message.
            LOG.info("ISO 8583 host {} asks for a new sign-on", request.endpoint());
            connection.signedOn(false);
            refused = ensureSignedOn(connection, request, deadline);
            if (refused != null) {
                return refused;
            }
            sent = stamped(request.message());
            journal(request, sent);
            answer = connection.call(sent, deadline);
        }
        return new Exchanged(sent, answer, false);
    }

    private IsoConnection connection(IsoRequest request, long deadline) throws IOException {
        Slot slot = slots.computeIfAbsent(request.endpoint() + "|" + request.packagerKey(), key -> new Slot());
        synchronized (slot) {
            if (slot.connection == null || !slot.connection.isOpen()) {
                slot.connection = IsoConnection.open(request.endpoint(), request.packager(), remainingMillis(deadline));
            }
            return slot.connection;
        }
    }

    /** Signs the session on unless it is; returns the host's refusal, or null once signed on. */
    private Exchanged ensureSignedOn(IsoConnection connection, IsoRequest request, long deadline) throws IOException {
        IsoRequest.SignOn signOn = request.signOn();
        if (signOn == null || connection.isSignedOn()) {
            return null;
        }
        try {
            if (!connection.signOnLock().tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new SocketTimeoutException("no sign-on with " + request.endpoint() + " in time");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while signing on");
        }
        try {
            if (connection.isSignedOn()) {
                return null;
            }
            ISOMsg sent = stamped(signOn.message());
            ISOMsg answer = connection.call(sent, deadline);
            if (IsoRequest.SignOn.matches(answer, signOn.acceptedWhen())) {
                connection.signedOn(true);
                LOG.info("ISO 8583 session with {} signed on", request.endpoint());
                return null;
            }
            LOG.warn("ISO 8583 host {} refused the sign-on, RC {}", request.endpoint(), answer.getString(39));
            return new Exchanged(sent, answer, true);
        } finally {
            connection.signOnLock().unlock();
        }
    }

    private ISOMsg stamped(ISOMsg template) {
        ISOMsg message = (ISOMsg) template.clone();
        message.set(11, auditNumbers.next());
        if (!message.hasField(12)) {
            message.set(12, LocalDateTime.now(clock.withZone(LOCAL_ZONE)).format(LOCAL_DATE_TIME));
        }
        return message;
    }

    private void journal(IsoRequest request, ISOMsg sent) {
        if (request.journalKey() == null) {
            return;
        }
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (int i = 2; i <= sent.getMaxField(); i++) {
            if (sent.hasField(i) && !request.journalSkip().contains(i)) {
                fields.put(String.valueOf(i), sent.getString(i));
            }
        }
        try {
            journal.record(request.journalKey(), sent.getMTI(), fields);
        } catch (ISOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new SocketTimeoutException("no time left to connect");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    /** Closes every connection (the application is stopping). */
    @Override
    public void destroy() {
        slots.values().forEach(slot -> {
            synchronized (slot) {
                if (slot.connection != null) {
                    slot.connection.close();
                }
            }
        });
    }

    /** Holds one host's current connection; its monitor serialises (re)connecting. */
    private static final class Slot {
        private IsoConnection connection;
    }
}

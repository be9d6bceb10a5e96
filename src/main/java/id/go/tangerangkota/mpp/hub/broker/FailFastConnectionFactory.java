package id.go.tangerangkota.mpp.hub.broker;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import org.springframework.beans.factory.DisposableBean;

/**
 * While the broker cannot be reached, refuses connections at once instead of letting every caller
 * make (and wait for) an attempt of its own. Without it each counter call during a broker outage
 * would queue behind the others' connection attempts (the shared connection is made under one
 * lock), each bounded only by the connect time-out: the counters would hang instead of getting
 * their 503.
 *
 * <p>After a failed attempt, callers are refused for {@code retryAfter}; then one caller at a time
 * tries again (the others are refused meanwhile), and the first success lets everyone through.
 * Listener containers, the intake, the status events and the sweeper all take their connections
 * here, so all of them recover on their own once the broker is back.
 */
public class FailFastConnectionFactory implements ConnectionFactory, DisposableBean {

    private final ConnectionFactory target;
    private final long retryAfterNanos;
    private final AtomicBoolean probing = new AtomicBoolean();
    /** System.nanoTime() until which callers are refused; 0 while the broker is reachable. */
    private volatile long downUntil;

    public FailFastConnectionFactory(ConnectionFactory target, Duration retryAfter) {
        this.target = target;
        this.retryAfterNanos = retryAfter.toNanos();
    }

    /** The factory whose connections this one hands out. */
    public ConnectionFactory target() {
        return target;
    }

    /** Whether callers are being refused now (the last attempt failed). */
    public boolean refusing() {
        return downUntil != 0;
    }

    @Override
    public Connection createConnection() throws JMSException {
        return attempt(target::createConnection);
    }

    @Override
    public Connection createConnection(String userName, String password) throws JMSException {
        return attempt(() -> target.createConnection(userName, password));
    }

    @Override
    public JMSContext createContext() {
        return attemptContext(() -> target.createContext());
    }

    @Override
    public JMSContext createContext(String userName, String password) {
        return attemptContext(() -> target.createContext(userName, password));
    }

    @Override
    public JMSContext createContext(String userName, String password, int sessionMode) {
        return attemptContext(() -> target.createContext(userName, password, sessionMode));
    }

    @Override
    public JMSContext createContext(int sessionMode) {
        return attemptContext(() -> target.createContext(sessionMode));
    }

    @Override
    public void destroy() throws Exception {
        if (target instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    private <T> T attempt(Attempt<T> attempt) throws JMSException {
        boolean probe = admit();
        try {
            T result = attempt.run();
            downUntil = 0;
            return result;
        } catch (JMSException | RuntimeException e) {
            downUntil = System.nanoTime() + retryAfterNanos;
            throw e;
        } finally {
            if (probe) {
                probing.set(false);
            }
        }
    }

    private JMSContext attemptContext(Attempt<JMSContext> attempt) {
        try {
            return attempt(attempt);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    /**
     * Lets a caller try, or refuses it.
     *
     * @return whether the caller is the one probing a broker that was unreachable
     */
    private boolean admit() throws JMSException {
        long until = downUntil;
        if (until == 0) {
            return false;
        }
        if (System.nanoTime() - until < 0 || !probing.compareAndSet(false, true)) {
            throw new JMSException("The message broker is unreachable (its last connection attempt failed);"
                    + " not trying again yet");
        }
        return true;
    }

    /** One way of getting a connection or context from the target. */
    @FunctionalInterface
    private interface Attempt<T> {
        T run() throws JMSException;
    }
}

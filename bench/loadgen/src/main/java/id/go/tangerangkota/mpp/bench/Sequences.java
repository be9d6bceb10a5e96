package id.go.tangerangkota.mpp.bench;

import java.util.concurrent.atomic.AtomicLong;

/** Numbers unique within the benchmark process, for identifiers a back end refuses to see twice. */
public final class Sequences {

    private static final AtomicLong NEXT = new AtomicLong(1);

    private Sequences() {
    }

    /** The next number, never the same twice in one process. */
    public static long next() {
        return NEXT.getAndIncrement();
    }
}

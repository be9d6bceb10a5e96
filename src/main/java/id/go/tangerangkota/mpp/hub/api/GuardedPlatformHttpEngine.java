package id.go.tangerangkota.mpp.hub.api;

import java.util.concurrent.ExecutorService;

import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.component.platform.http.spi.PlatformHttpConsumer;
import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpConsumer;

/**
 * The platform-http engine of the hub: Spring Boot's, with two changes. Every consumer's processor
 * is wrapped in a {@link ResponseGuard}, and requests run on the hub's own sized worker pool
 * instead of Spring's default task executor (8 threads, unbounded queue), which would cap
 * throughput at 8 concurrent agency calls.
 */
public final class GuardedPlatformHttpEngine implements PlatformHttpEngine, AutoCloseable {

    private final int port;
    private final ExecutorService workers;

    public GuardedPlatformHttpEngine(int port, ExecutorService workers) {
        this.port = port;
        this.workers = workers;
    }

    @Override
    public PlatformHttpConsumer createConsumer(PlatformHttpEndpoint endpoint, Processor processor) {
        return new SpringBootPlatformHttpConsumer(endpoint, new ResponseGuard(processor), workers);
    }

    @Override
    public int getServerPort() {
        return port;
    }

    /** Stops the workers with the application context (Spring calls close on destroy). */
    @Override
    public void close() {
        workers.shutdown();
    }
}

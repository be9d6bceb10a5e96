package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The shared sandbox HTTP server as one simulated agency sees it: every context the agency creates
 * gets that agency's fault filter in front, so faults can be injected per agency without any agency
 * knowing about them. Everything else is the shared server's.
 */
final class AgencyHttpServer extends HttpServer {

    private final HttpServer shared;
    private final Filter faults;

    AgencyHttpServer(HttpServer shared, Filter faults) {
        this.shared = shared;
        this.faults = faults;
    }

    @Override
    public HttpContext createContext(String path, HttpHandler handler) {
        HttpContext context = shared.createContext(path, handler);
        context.getFilters().add(faults);
        return context;
    }

    @Override
    public HttpContext createContext(String path) {
        HttpContext context = shared.createContext(path);
        context.getFilters().add(faults);
        return context;
    }

    @Override
    public void bind(InetSocketAddress address, int backlog) throws IOException {
        shared.bind(address, backlog);
    }

    @Override
    public void start() {
        shared.start();
    }

    @Override
    public void setExecutor(Executor executor) {
        shared.setExecutor(executor);
    }

    @Override
    public Executor getExecutor() {
        return shared.getExecutor();
    }

    @Override
    public void stop(int delay) {
        shared.stop(delay);
    }

    @Override
    public void removeContext(String path) {
        shared.removeContext(path);
    }

    @Override
    public void removeContext(HttpContext context) {
        shared.removeContext(context);
    }

    @Override
    public InetSocketAddress getAddress() {
        return shared.getAddress();
    }
}

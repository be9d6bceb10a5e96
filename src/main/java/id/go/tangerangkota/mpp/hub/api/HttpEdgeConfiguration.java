package id.go.tangerangkota.mpp.hub.api;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Wires the HTTP edge: the guarded platform-http engine and the servlet filters that run before
 * any route (request id, trace id, size and content-type limits).
 */
@Configuration(proxyBeanMethods = false)
public class HttpEdgeConfiguration {

    /**
     * The queue in front of the workers is bounded: when it is full the call is refused at once
     * (503 with Retry-After, see ProblemErrorController) instead of waiting behind work that will be
     * stale by the time it runs.
     */
    @Bean(name = "platform-http-engine")
    PlatformHttpEngine platformHttpEngine(@Value("${server.port:8080}") int port,
            @Value("${mpp.http.worker-threads:200}") int workerThreads,
            @Value("${mpp.http.worker-queue:2000}") int workerQueue) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(workerThreads, workerThreads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(workerQueue), r -> {
                    Thread t = new Thread(r, "mpp-http-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        workers.allowCoreThreadTimeOut(true);
        return new GuardedPlatformHttpEngine(port, workers);
    }

    /**
     * Requests Tomcat refuses itself (a malformed path or header) are answered by
     * {@link ProblemErrorReportValve} instead of Tomcat's HTML page. Runs after Spring Boot's own
     * customizer, which adds a plain ErrorReportValve to the host: that one is replaced.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                // TRACE reaches the filters, where TraceRefusalFilter answers it with a problem: refused
                // by the connector itself it would get an empty 405 no filter or valve can render.
                factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
                factory.addContextCustomizers(context -> {
                    if (context.getParent() instanceof StandardHost host) {
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    }
                });
            }
        };
    }

    /**
     * On every path, right after the request id and trace filters (so the refusal carries both):
     * TRACE would echo the caller's headers, its API key included.
     */
    @Bean
    FilterRegistrationBean<TraceRefusalFilter> traceRefusalFilter() {
        FilterRegistrationBean<TraceRefusalFilter> registration = new FilterRegistrationBean<>(new TraceRefusalFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Right after Spring's observation filter (HIGHEST_PRECEDENCE + 1), which opens the call's
     * server span, and before the API key and limits filters, whose refusals carry the trace id too.
     */
    @Bean
    FilterRegistrationBean<TraceIdFilter> traceIdFilter() {
        FilterRegistrationBean<TraceIdFilter> registration = new FilterRegistrationBean<>(new TraceIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(
            @Value("${mpp.http.max-body-bytes:262144}") long maxBodyBytes) {
        FilterRegistrationBean<RequestLimitsFilter> registration =
                new FilterRegistrationBean<>(new RequestLimitsFilter(maxBodyBytes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}

package id.go.tangerangkota.mpp.hub.tracing;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.observation.ObservationFilter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.AccessLogValve;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Keeps NIKs out of observations and exported spans, as the log converters keep them out of the
 * logs: the observation filter masks tags (Spring's spans and metrics), every span exporter, the
 * OTLP one or any other, is wrapped to mask what Camel's spans carry, and Tomcat's access log (when
 * an operator turns it on) masks its request lines.
 */
@Configuration(proxyBeanMethods = false)
public class NikMaskingTracingConfiguration {

    @Bean
    ObservationFilter nikMaskingObservationFilter() {
        return new NikMaskingObservationFilter();
    }

    /**
     * Replaces the access log valve Spring Boot configured ({@code server.tomcat.accesslog.*}, off
     * by default) with one that masks NIKs; runs after Spring Boot's own customizer made it.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> nikMaskingAccessLog() {
        return new MaskingAccessLogCustomizer();
    }

    static final class MaskingAccessLogCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
            Ordered {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            List<Valve> valves = new ArrayList<>();
            for (Valve valve : factory.getEngineValves()) {
                valves.add(valve instanceof AccessLogValve plain && !(valve instanceof MaskingAccessLogValve)
                        ? MaskingAccessLogValve.copyOf(plain) : valve);
            }
            factory.setEngineValves(valves);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    @Bean
    static BeanPostProcessor nikMaskingSpanExporters() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof SpanExporter exporter && !(bean instanceof NikMaskingSpanExporter)
                        ? new NikMaskingSpanExporter(exporter) : bean;
            }
        };
    }
}

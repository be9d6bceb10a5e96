package id.go.tangerangkota.mpp.hub.dashboard;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the dashboard's static files (classpath {@code static/dashboard/}) at {@code /dashboard}.
 * The page itself needs no key: it holds no data, and every figure it shows comes from the admin
 * API, which checks the key the user types (the API key filter covers {@code /api/*} only).
 */
@Configuration(proxyBeanMethods = false)
public class DashboardConfiguration implements WebMvcConfigurer {

    /** Where the dashboard is served. */
    public static final String PATH = "/dashboard";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // /dashboard -> /dashboard/ so the page's relative links (dashboard.js, dashboard.css) resolve
        // under /dashboard/; Spring Boot's welcome page handling covers "/" only, hence the forward.
        registry.addRedirectViewController(PATH, PATH + "/");
        registry.addViewController(PATH + "/").setViewName("forward:" + PATH + "/index.html");
    }

    @Bean
    FilterRegistrationBean<DashboardHeadersFilter> dashboardHeadersFilter() {
        FilterRegistrationBean<DashboardHeadersFilter> registration =
                new FilterRegistrationBean<>(new DashboardHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        registration.addUrlPatterns(PATH, PATH + "/*");
        return registration;
    }
}

package app.attendance.face.system;

import app.attendance.face.config.FaceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the token check, then the in-flight limit, in front of every {@code /v1/**} call; the
 * token check also guards the metrics ({@code /actuator/prometheus}, {@code /actuator/metrics}),
 * which reveal the service's load, and the OpenAPI document ({@code /v3/api-docs},
 * {@code /v3/api-docs.yaml}). Health stays open for orchestrators' probes.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig {

    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilter(FaceProperties props, JsonMapper json) {
        FilterRegistrationBean<BearerTokenFilter> bean = new FilterRegistrationBean<>(new BearerTokenFilter(props
                .apiToken(), json));
        bean.addUrlPatterns("/v1/*", "/v3/*", "/actuator/prometheus", "/actuator/prometheus/*", "/actuator/metrics",
                "/actuator/metrics/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return bean;
    }

    @Bean
    FilterRegistrationBean<InFlightLimitFilter> inFlightLimitFilter(FaceProperties props, JsonMapper json) {
        FilterRegistrationBean<InFlightLimitFilter> bean = new FilterRegistrationBean<>(new InFlightLimitFilter(props
                .limits().maxInFlight(), json));
        bean.addUrlPatterns("/v1/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return bean;
    }
}

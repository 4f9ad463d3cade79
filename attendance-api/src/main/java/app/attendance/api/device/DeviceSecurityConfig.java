package app.attendance.api.device;

import app.attendance.api.auth.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The filter chain of the device endpoints, ordered before the bearer-JWT chain: they accept only
 * {@code X-Device-Key} and the {@code DEVICE} role.
 */
@Configuration(proxyBeanMethods = false)
public class DeviceSecurityConfig {

    /** The routes a camera device calls with its key. */
    public static final String[] DEVICE_PATHS = {"/api/devices/frames", "/api/devices/me"};

    @Bean
    @Order(1)
    SecurityFilterChain deviceChain(HttpSecurity http, DeviceAuthenticator authenticator,
            ProblemResponses problems) throws Exception {
        return http.securityMatcher(DEVICE_PATHS)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new DeviceKeyAuthenticationFilter(authenticator), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("DEVICE"))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .headers(h -> h.httpStrictTransportSecurity(s -> s.maxAgeInSeconds(31_536_000).includeSubDomains(true)))
                .build();
    }
}

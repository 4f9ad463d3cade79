package app.attendance.api.auth;

import app.attendance.api.user.CurrentUser;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The bearer-JWT filter chain for every route but the device endpoints (their chain, ordered
 * first, lives with the devices: {@code DeviceSecurityConfig}). Every route is role-checked here; unknown routes are ADMIN-only. Finer rules
 * (a teacher's own classes, a student's own record) live in {@link AccessPolicy}. Responses to
 * requests that arrived over HTTPS (directly or as {@code X-Forwarded-Proto}) carry HSTS.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    private static final String ADMIN = "ADMIN";
    private static final String TEACHER = "TEACHER";
    private static final String STUDENT = "STUDENT";
    private static final long HSTS_MAX_AGE = 31_536_000;

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(new RoleClaimConverter()))
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/oidc", "/api/auth/refresh",
                                "/api/auth/logout")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers("/api/auth/me").authenticated()
                        .requestMatchers("/api/me/**").hasRole(STUDENT)
                        .requestMatchers(HttpMethod.GET, "/api/students/*").hasAnyRole(ADMIN, TEACHER, STUDENT)
                        .requestMatchers("/api/students/*/photos", "/api/students/*/photos/**",
                                "/api/students/photos/**")
                        .hasAnyRole(ADMIN, TEACHER)
                        .requestMatchers(HttpMethod.GET, "/api/subjects/**", "/api/rooms/**", "/api/classes/**",
                                "/api/teachers/**", "/api/students", "/api/timetable/**", "/api/attendance/**")
                        .hasAnyRole(ADMIN, TEACHER)
                        .requestMatchers("/api/sessions/generate").hasRole(ADMIN)
                        .requestMatchers("/api/sessions", "/api/sessions/**", "/api/reports/**", "/api/dashboard")
                        .hasAnyRole(ADMIN, TEACHER)
                        .anyRequest().hasRole(ADMIN))
                .headers(SecurityConfig::hsts)
                .build();
    }

    /** {@code Strict-Transport-Security} for a year, written only on requests that arrived over HTTPS. */
    private static void hsts(HeadersConfigurer<HttpSecurity> headers) {
        headers.httpStrictTransportSecurity(h -> h.maxAgeInSeconds(HSTS_MAX_AGE).includeSubDomains(true));
    }

    /** Maps the {@code role} claim to a {@code ROLE_*} authority; the principal name is the username. */
    static final class RoleClaimConverter implements Converter<Jwt, AbstractAuthenticationToken> {

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            String role = jwt.getClaimAsString(CurrentUser.ROLE);
            return new JwtAuthenticationToken(jwt, role == null ? List.of()
                    : List.of(new SimpleGrantedAuthority("ROLE_" + role)), jwt.getSubject());
        }
    }
}

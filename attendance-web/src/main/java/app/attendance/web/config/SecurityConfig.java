package app.attendance.web.config;

import app.attendance.web.auth.ApiLogoutHandler;
import app.attendance.web.auth.ApiOidcUserService;
import app.attendance.web.auth.LoginFailureHandler;
import app.attendance.web.auth.OidcNonces;
import app.attendance.web.auth.OidcRegistrations;
import app.attendance.web.auth.SignOutHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open which page. Sign-in (password, or single sign-on with the school's OpenID Connect
 * provider) is checked by attendance-api; roles come from it. CSRF stays
 * on for every form and fetch. The kiosk pages authenticate by device key instead of a user.
 * Responses to HTTPS requests carry {@code Strict-Transport-Security}.
 */
@Configuration
public class SecurityConfig {

    /** One year: browsers that saw the site over HTTPS keep to HTTPS. */
    private static final long HSTS_MAX_AGE = 31_536_000;

    @Bean
    SecurityFilterChain web(HttpSecurity http, ApiLogoutHandler logout, OidcRegistrations registrations,
            ApiOidcUserService oidcUsers) throws Exception {
        // The one AuthenticationProvider bean (ApiAuthenticationProvider) is the global one.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/login/sso", "/webjars/**", "/css/**", "/js/**", "/favicon.svg",
                        "/actuator/health", "/error").permitAll()
                .requestMatchers("/kiosk", "/kiosk/**").permitAll()
                .requestMatchers("/me/**", "/checkin").hasRole("STUDENT")
                .requestMatchers(HttpMethod.GET, "/classes/new").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/classes", "/classes/*", "/timetable").hasAnyRole("ADMIN", "TEACHER")
                .requestMatchers("/sessions/generate").hasRole("ADMIN")
                .requestMatchers("/sessions/**").hasAnyRole("ADMIN", "TEACHER")
                .requestMatchers("/students/**", "/teachers/**", "/classes/**", "/subjects/**",
                        "/rooms/**", "/timetable/**", "/devices/**", "/users/**", "/audit/**").hasRole("ADMIN")
                .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new LoginSuccessHandler())
                        .failureHandler(new LoginFailureHandler()))
                // Single sign-on; without ATTENDANCE_OIDC_ISSUER the registration does not exist and the
                // login page offers no link to it.
                .oauth2Login(o -> o.loginPage("/login")
                        .clientRegistrationRepository(registrations)
                        .authorizationEndpoint(a -> a.authorizationRequestRepository(new OidcNonces()))
                        .userInfoEndpoint(u -> u.oidcUserService(oidcUsers))
                        .successHandler(new SsoSuccessHandler())
                        .failureHandler(new LoginFailureHandler()))
                .logout(l -> l.addLogoutHandler(logout).logoutSuccessHandler(new SignOutHandler(registrations)))
                .headers(h -> h
                        // Written only on requests that arrived over HTTPS (also as X-Forwarded-Proto).
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE).includeSubDomains(true))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; "
                                        + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
        return http.build();
    }
}

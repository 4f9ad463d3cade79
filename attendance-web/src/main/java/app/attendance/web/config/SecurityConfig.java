package app.attendance.web.config;

import app.attendance.web.auth.ApiLogoutHandler;
import app.attendance.web.auth.LoginFailureHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open which page. Sign-in is checked by attendance-api; roles come from it. CSRF stays
 * on for every form and fetch. The kiosk pages authenticate by device key instead of a user.
 */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain web(HttpSecurity http, ApiLogoutHandler logout)
            throws Exception {
        // The one AuthenticationProvider bean (ApiAuthenticationProvider) is the global one.
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.svg",
                                "/actuator/health", "/error").permitAll()
                        .requestMatchers("/kiosk", "/kiosk/**").permitAll()
                        .requestMatchers("/me/**").hasRole("STUDENT")
                        .requestMatchers(HttpMethod.GET, "/classes/new").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/classes", "/classes/*", "/timetable").hasAnyRole("ADMIN", "TEACHER")
                        .requestMatchers("/sessions/generate").hasRole("ADMIN")
                        .requestMatchers("/sessions/**").hasAnyRole("ADMIN", "TEACHER")
                        .requestMatchers("/students/**", "/teachers/**", "/classes/**", "/subjects/**",
                                "/rooms/**", "/timetable/**", "/devices/**", "/users/**", "/audit/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(new LoginFailureHandler()))
                .logout(l -> l.addLogoutHandler(logout).logoutSuccessUrl("/login?logout"))
                .headers(h -> h
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; "
                                        + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
        return http.build();
    }
}

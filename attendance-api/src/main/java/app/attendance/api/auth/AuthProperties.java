package app.attendance.api.auth;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Token and login settings. {@code jwtSecret} (env {@code JWT_SECRET}, at least 32 bytes) signs
 * access tokens; when absent a random one is generated at start (tokens then die with the process).
 * Failed logins are counted per window of {@code loginLockout}: {@code maxLoginFailures} per account
 * and client, {@code maxClientFailures} per client across usernames. {@code webClientSecret} (env
 * {@code WEB_CLIENT_SECRET}, shared with attendance-web) proves that a request comes from the web
 * app, whose forwarded client address is then believed; blank means no one is believed.
 * {@code issuer} is the {@code iss} the API writes into its access tokens and requires on every
 * token it accepts (default {@code attendance-api}).
 */
@Validated
@ConfigurationProperties("attendance.auth")
record AuthProperties(String jwtSecret, @NotNull Duration accessTokenTtl, @NotNull Duration refreshTokenTtl,
        @Min(1) int maxLoginFailures, @NotNull Duration loginLockout, @Min(1) int maxClientFailures,
        String webClientSecret, String issuer) {

    AuthProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(14) : refreshTokenTtl;
        maxLoginFailures = maxLoginFailures <= 0 ? 5 : maxLoginFailures;
        loginLockout = loginLockout == null ? Duration.ofMinutes(5) : loginLockout;
        maxClientFailures = maxClientFailures <= 0 ? 20 : maxClientFailures;
        webClientSecret = webClientSecret == null ? "" : webClientSecret.strip();
        issuer = issuer == null || issuer.isBlank() ? "attendance-api" : issuer.strip();
    }
}

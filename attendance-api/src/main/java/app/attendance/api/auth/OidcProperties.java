package app.attendance.api.auth;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with an OpenID Connect provider (env {@code ATTENDANCE_OIDC_*}). Off unless both
 * {@code issuer} and {@code clientId} are set (blank counts as unset). The API checks every ID token
 * the web app hands it against the provider's published keys ({@code jwkSetUri}, or the
 * {@code jwks_uri} of the issuer's discovery document), the issuer, the audience ({@code clientId}),
 * the lifetime (with {@code clockSkew}) and the nonce. {@code usernameClaim} (default {@code email})
 * names the claim matched to a username or a teacher's e-mail; {@code allowedDomains} (comma list,
 * blank = any) limits the accounts' domains; {@code createDisabled} creates unknown accounts as
 * disabled logins for an admin to approve instead of refusing them.
 */
@ConfigurationProperties("attendance.oidc")
record OidcProperties(String issuer, String clientId, String jwkSetUri, String usernameClaim, String allowedDomains,
        Boolean createDisabled, Duration clockSkew) {

    OidcProperties {
        issuer = blankToNull(issuer);
        clientId = blankToNull(clientId);
        jwkSetUri = blankToNull(jwkSetUri);
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "email" : usernameClaim.strip();
        allowedDomains = allowedDomains == null ? "" : allowedDomains;
        createDisabled = createDisabled != null && createDisabled;
        clockSkew = clockSkew == null ? Duration.ofSeconds(60) : clockSkew;
    }

    /** Whether single sign-on is configured. */
    boolean enabled() {
        return issuer != null && clientId != null;
    }

    /** The allowed domains, lower case; empty means any. */
    List<String> domains() {
        return Arrays.stream(allowedDomains.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package app.attendance.web.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How users sign in (env {@code ATTENDANCE_OIDC_*}, {@code ATTENDANCE_LOCAL_LOGIN}). Single sign-on with
 * an OpenID Connect provider is on when {@code oidcIssuer} and {@code oidcClientId} are set (blank counts
 * as unset); the login page then offers "Sign in with {@code oidcDisplayName}". With
 * {@code passwordLogin} false the password form is hidden behind a small "administrator sign-in" link
 * (the API refuses passwords then, except for its break-glass accounts).
 */
@ConfigurationProperties("attendance.sign-in")
public record SignInOptions(String oidcIssuer, String oidcClientId, String oidcClientSecret,
        String oidcDisplayName, Boolean passwordLogin) {

    public SignInOptions {
        oidcIssuer = blankToNull(oidcIssuer);
        oidcClientId = blankToNull(oidcClientId);
        oidcClientSecret = blankToNull(oidcClientSecret);
        oidcDisplayName = oidcDisplayName == null || oidcDisplayName.isBlank() ? "single sign-on"
                : oidcDisplayName.strip();
        passwordLogin = passwordLogin == null || passwordLogin;
    }

    /** Whether single sign-on is configured. */
    public boolean oidc() {
        return oidcIssuer != null && oidcClientId != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

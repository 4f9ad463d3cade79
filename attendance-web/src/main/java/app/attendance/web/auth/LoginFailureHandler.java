package app.attendance.web.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the form with the reason: wrong password, API down, too many tries,
 * password sign-in turned off, or why single sign-on refused the account (unknown, waiting for approval,
 * disabled, another domain, e-mail not verified) or the provider's answer (invalid token, provider down).
 */
public class LoginFailureHandler implements AuthenticationFailureHandler {

    /** The API's problem codes for refused single sign-on, and the login page's reason for each. */
    private static final Map<String, String> SSO_REASONS = Map.of(
            "oidc-unknown-account", "sso-unknown",
            "oidc-account-pending", "sso-pending",
            "account-disabled", "sso-disabled",
            "oidc-domain-not-allowed", "sso-domain",
            "oidc-email-unverified", "sso-unverified",
            "oidc-provider-unavailable", "sso-unavailable",
            "password-login-disabled", "password-off");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = "bad";
        if (exception instanceof AuthenticationServiceException) {
            reason = ApiAuthenticationProvider.RATE_LIMITED.equals(exception.getMessage()) ? "limited" : "unavailable";
        } else if (exception instanceof OAuth2AuthenticationException oauth) {
            reason = SSO_REASONS.getOrDefault(oauth.getError().getErrorCode(), "sso-failed");
        } else if (exception.getCause() instanceof app.attendance.web.api.ApiCallException call) {
            reason = SSO_REASONS.getOrDefault(call.code(), "bad");
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}

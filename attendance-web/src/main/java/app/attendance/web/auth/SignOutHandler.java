package app.attendance.web.auth;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Where the browser goes after signing out: for a user who came through single sign-on and whose
 * provider advertises an {@code end_session_endpoint}, to that endpoint (RP-initiated logout, with the ID
 * token as hint), which ends the provider's session too and sends the browser back to
 * {@code /login?logout}; everyone else straight to {@code /login?logout}.
 */
public class SignOutHandler implements LogoutSuccessHandler {

    private final OidcClientInitiatedLogoutSuccessHandler oidc;

    public SignOutHandler(OidcRegistrations registrations) {
        oidc = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        oidc.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        oidc.setDefaultTargetUrl("/login?logout");
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        Authentication provider = authentication != null
                && authentication.getDetails() instanceof OAuth2AuthenticationToken token ? token : authentication;
        oidc.onLogoutSuccess(request, response, provider);
    }
}

package app.attendance.web.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;

/**
 * Keeps the authorization requests in the HTTP session (as Spring Security does) and, when the provider's
 * answer takes one out, leaves its raw nonce in a request attribute. Only the nonce's hash went to the
 * provider and into the ID token; the raw value goes to the API with the token, which proves to the API
 * that the token belongs to a sign-in this web app started.
 */
public class OidcNonces implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    private static final String ATTRIBUTE = OidcNonces.class.getName() + ".nonce";

    private final HttpSessionOAuth2AuthorizationRequestRepository delegate = new HttpSessionOAuth2AuthorizationRequestRepository();

    /** The raw nonce of the sign-in the current request completes, or null. */
    static String of(HttpServletRequest request) {
        return (String) request.getAttribute(ATTRIBUTE);
    }

    @Override
    public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
        return delegate.loadAuthorizationRequest(request);
    }

    @Override
    public void saveAuthorizationRequest(OAuth2AuthorizationRequest authorizationRequest, HttpServletRequest request,
            HttpServletResponse response) {
        delegate.saveAuthorizationRequest(authorizationRequest, request, response);
    }

    @Override
    public OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
            HttpServletResponse response) {
        OAuth2AuthorizationRequest removed = delegate.removeAuthorizationRequest(request, response);
        if (removed != null && removed.getAttribute(OidcParameterNames.NONCE) instanceof String nonce) {
            request.setAttribute(ATTRIBUTE, nonce);
        }
        return removed;
    }
}

package app.attendance.web.auth;

import app.attendance.web.api.ApiCallException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The last step of the provider's sign-in: Spring Security has checked the ID token for itself; this
 * hands the token and the sign-in's raw nonce to attendance-api ({@code POST /api/auth/oidc}), which
 * checks it again against the provider's keys and answers with its own tokens and the account, or
 * refuses. A refusal becomes an {@link OAuth2AuthenticationException} whose error code is the API's
 * problem code (e.g. {@code oidc-unknown-account}), which the login page explains.
 */
@Component
public class ApiOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final ApiAuthenticationProvider api;

    public ApiOidcUserService(ApiAuthenticationProvider api) {
        this.api = api;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest userRequest) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        String nonce = OidcNonces.of(request);
        if (nonce == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error("oidc-token-invalid"), "No nonce for this sign-in");
        }
        UsernamePasswordAuthenticationToken signedIn;
        try {
            signedIn = api.signIn("/api/auth/oidc", new OidcRequest(userRequest.getIdToken().getTokenValue(), nonce));
        } catch (ApiCallException e) {
            String code = e.code() == null ? "oidc-token-invalid" : e.code();
            throw new OAuth2AuthenticationException(new OAuth2Error(code),
                    e.problem() == null ? code : e.problem().detail(), e);
        }
        return new ApiOidcUser((ApiUser) signedIn.getPrincipal(), signedIn.getAuthorities(), userRequest.getIdToken());
    }

    /** Body of {@code POST /api/auth/oidc}. */
    record OidcRequest(String idToken, String nonce) {
    }
}

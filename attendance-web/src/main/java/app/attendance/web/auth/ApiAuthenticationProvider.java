package app.attendance.web.auth;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.ApiException;
import app.attendance.web.api.ApiTokens;
import app.attendance.web.api.ApiUnavailableException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks a username and password by {@code POST /api/auth/login}. On success the API's tokens go
 * into the HTTP session (never to the browser) and the user becomes the principal, with the
 * role the API gave them.
 */
@Component
public class ApiAuthenticationProvider implements AuthenticationProvider {

    /** Message of the exception thrown when the API cannot be reached. */
    public static final String UNAVAILABLE = "unavailable";
    /** Message of the exception thrown when the API rate-limits logins. */
    public static final String RATE_LIMITED = "rate-limited";

    private final ApiClient api;

    public ApiAuthenticationProvider(ApiClient api) {
        this.api = api;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        LoginResponse login;
        try {
            login = api.anonymous(r -> r.post().uri("/api/auth/login")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new LoginRequest(username, password))
                    .retrieve().body(LoginResponse.class));
        } catch (ApiUnavailableException e) {
            throw new AuthenticationServiceException(UNAVAILABLE, e);
        } catch (ApiException e) {
            if (e.is(429)) {
                throw new AuthenticationServiceException(RATE_LIMITED, e);
            }
            if (e.status() >= 500) {
                throw new AuthenticationServiceException(UNAVAILABLE, e);
            }
            throw new BadCredentialsException("Bad credentials", e);
        }
        if (login == null || login.user() == null || login.accessToken() == null) {
            throw new AuthenticationServiceException(UNAVAILABLE);
        }
        storeTokens(new ApiTokens(login.accessToken(), login.refreshToken()));
        var authority = new SimpleGrantedAuthority("ROLE_" + login.user().role());
        return UsernamePasswordAuthenticationToken.authenticated(login.user(), null, List.of(authority));
    }

    private static void storeTokens(ApiTokens tokens) {
        var attrs = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        attrs.getRequest().getSession(true).setAttribute(ApiTokens.SESSION_KEY, tokens);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Body of {@code POST /api/auth/login}. */
    record LoginRequest(String username, String password) {
    }

    /** Answer of {@code POST /api/auth/login}. */
    record LoginResponse(String accessToken, String refreshToken, long expiresIn, ApiUser user) {
    }
}

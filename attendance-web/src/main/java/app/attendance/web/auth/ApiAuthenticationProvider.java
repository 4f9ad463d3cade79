package app.attendance.web.auth;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.ApiCallException;
import app.attendance.web.api.ApiTokens;
import app.attendance.web.api.ApiUnavailableException;
import app.attendance.web.api.ApiProperties;
import jakarta.servlet.http.HttpServletRequest;
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
 * Checks a username and password by {@code POST /api/auth/login} (and, for {@link ApiOidcUserService},
 * an ID token by {@code POST /api/auth/oidc}). On success the API's tokens go
 * into the HTTP session (never to the browser) and the user becomes the principal, with the
 * role the API gave them. The browser's address goes along in {@value #CLIENT_HEADER} with the
 * shared {@code WEB_CLIENT_SECRET} in {@value #PROOF_HEADER}, so the API throttles failed logins per
 * browser, not per web host.
 */
@Component
public class ApiAuthenticationProvider implements AuthenticationProvider {

    /** Message of the exception thrown when the API cannot be reached. */
    public static final String UNAVAILABLE = "unavailable";
    /** Message of the exception thrown when the API rate-limits logins. */
    public static final String RATE_LIMITED = "rate-limited";
    /** Header carrying the browser's address to the API. */
    public static final String CLIENT_HEADER = "X-Attendance-Client";
    /** Header carrying the shared secret that makes the API believe {@link #CLIENT_HEADER}. */
    public static final String PROOF_HEADER = "X-Attendance-Web-Secret";

    private final ApiClient api;
    private final ApiProperties properties;

    public ApiAuthenticationProvider(ApiClient api, ApiProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        try {
            return signIn("/api/auth/login", new LoginRequest(username, password));
        } catch (ApiCallException e) {
            throw new BadCredentialsException("Bad credentials", e);
        }
    }

    /**
     * Posts a sign-in ({@code /api/auth/login} or {@code /api/auth/oidc}) to the API with the browser's
     * address and the web app's secret, keeps the API's tokens in the session and returns the signed-in
     * principal. A refusal (4xx other than 429) is left to the caller as the {@link ApiCallException}.
     */
    UsernamePasswordAuthenticationToken signIn(String path, Object body) {
        String client = currentRequest().getRemoteAddr();
        String secret = properties.clientSecret();
        LoginResponse login;
        try {
            login = api.anonymous(r -> r.post().uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> {
                        h.set(CLIENT_HEADER, client);
                        if (!secret.isEmpty()) {
                            h.set(PROOF_HEADER, secret);
                        }
                    })
                    .body(body)
                    .retrieve().body(LoginResponse.class));
        } catch (ApiUnavailableException e) {
            throw new AuthenticationServiceException(UNAVAILABLE, e);
        } catch (ApiCallException e) {
            if (e.is(429)) {
                throw new AuthenticationServiceException(RATE_LIMITED, e);
            }
            if (e.status() >= 500) {
                throw new AuthenticationServiceException(UNAVAILABLE, e);
            }
            throw e;
        }
        if (login == null || login.user() == null || login.accessToken() == null) {
            throw new AuthenticationServiceException(UNAVAILABLE);
        }
        storeTokens(new ApiTokens(login.accessToken(), login.refreshToken()));
        var authority = new SimpleGrantedAuthority("ROLE_" + login.user().role());
        return UsernamePasswordAuthenticationToken.authenticated(login.user(), null, List.of(authority));
    }

    private static void storeTokens(ApiTokens tokens) {
        currentRequest().getSession(true).setAttribute(ApiTokens.SESSION_KEY, tokens);
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
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

package app.attendance.web.auth;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.ApiTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Revokes the refresh token at the API ({@code POST /api/auth/logout}) before the session ends. */
@Component
public class ApiLogoutHandler implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiLogoutHandler.class);

    private final ApiClient api;

    public ApiLogoutHandler(ApiClient api) {
        this.api = api;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        ApiTokens tokens = ApiTokens.of(request.getSession(false));
        if (tokens == null) {
            return;
        }
        try {
            api.anonymous(r -> r.post().uri("/api/auth/logout")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.accessToken())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new LogoutRequest(tokens.refreshToken()))
                    .retrieve().toBodilessEntity());
        } catch (RuntimeException e) {
            // The local session ends regardless; the refresh token expires on its own.
            log.info("API logout failed: {}", e.getMessage());
        }
    }

    /** Body of {@code POST /api/auth/logout}. */
    record LogoutRequest(String refreshToken) {
    }
}

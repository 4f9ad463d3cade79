package app.attendance.web.api;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;

/**
 * The API's access and refresh tokens of one signed-in user. Lives only as an HTTP session
 * attribute, so the browser never sees either token.
 */
public final class ApiTokens implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Session attribute under which the tokens are kept. */
    public static final String SESSION_KEY = ApiTokens.class.getName();

    private volatile String accessToken;
    private volatile String refreshToken;

    public ApiTokens(String accessToken, String refreshToken) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
    }

    public String accessToken() {
        return accessToken;
    }

    public String refreshToken() {
        return refreshToken;
    }

    synchronized void update(String accessToken, String refreshToken) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
    }

    /** The tokens of this session, or {@code null} when nobody signed in through the API. */
    public static ApiTokens of(HttpSession session) {
        return session == null ? null : (ApiTokens) session.getAttribute(SESSION_KEY);
    }
}

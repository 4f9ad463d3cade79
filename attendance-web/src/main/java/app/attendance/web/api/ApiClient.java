package app.attendance.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one door to attendance-api. Feature clients pass a function that builds a call on the
 * shared {@link RestClient}; this class adds the signed-in user's bearer token (read from the
 * HTTP session), turns error answers into {@link ApiCallException}, an unreachable API into
 * {@link ApiUnavailableException}, and, when the access token expired, refreshes it once and
 * repeats the call. Refreshes of one session take turns ({@link TokenRefreshTurns} when replicas share
 * sessions), and a request that waited adopts the tokens another one got instead of refreshing again.
 */
@Component
public class ApiClient {

    private final RestClient rest;
    private final JsonMapper json;
    private final TokenRefreshTurns turns;

    public ApiClient(RestClient.Builder builder, ApiProperties properties, JsonMapper json,
            ObjectProvider<TokenRefreshTurns> turns) {
        this.json = json;
        this.turns = turns.getIfAvailable(() -> (sessionId, refresh) -> refresh.apply(null));
        this.rest = builder
                .baseUrl(properties.url().toString())
                .requestInterceptor((request, body, execution) -> {
                    addBearer(request);
                    return execution.execute(request, body);
                })
                .defaultStatusHandler(status -> status.isError(), (request, response) -> {
                    throw toException(response);
                })
                .build();
    }

    /** Runs a call as the signed-in user, refreshing the access token once if it expired. */
    public <T> T call(Function<RestClient, T> call) {
        ApiTokens tokens = ApiTokens.of(currentSession());
        String usedToken = tokens == null ? null : tokens.accessToken();
        try {
            return invoke(call);
        } catch (ApiCallException e) {
            if (!e.is(401) || tokens == null) {
                throw e;
            }
            refresh(tokens, usedToken);
            return invoke(call);
        }
    }

    /** Runs a call without any user token (login, refresh, device frames). */
    public <T> T anonymous(Function<RestClient, T> call) {
        return invoke(call);
    }

    /** Runs a call that answers nothing useful (204). */
    public void run(Function<RestClient, ?> call) {
        call(call);
    }

    private <T> T invoke(Function<RestClient, T> call) {
        try {
            return call.apply(rest);
        } catch (ResourceAccessException e) {
            throw new ApiUnavailableException(e);
        }
    }

    private void refresh(ApiTokens tokens, String failedToken) {
        HttpSession session = currentSession();
        synchronized (tokens) { // in-memory sessions: every request of the session holds this very object
            ApiTokens latest = turns.take(session == null ? null : session.getId(), stored -> {
                ApiTokens current = stored == null ? tokens : stored;
                if (failedToken != null && !failedToken.equals(current.accessToken())) {
                    return current; // another request of this session refreshed meanwhile
                }
                TokenResponse fresh;
                try {
                    fresh = invoke(r -> r.post().uri("/api/auth/refresh")
                            .header(HttpHeaders.AUTHORIZATION, "")
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(new RefreshRequest(current.refreshToken()))
                            .retrieve().body(TokenResponse.class));
                } catch (ApiCallException e) {
                    if (e.is(503)) {
                        throw e; // the API cannot check the token now; the sign-in may still be good
                    }
                    throw new ApiSessionExpiredException();
                }
                return new ApiTokens(fresh.accessToken(), fresh.refreshToken());
            });
            tokens.update(latest.accessToken(), latest.refreshToken());
            if (session != null) {
                session.setAttribute(ApiTokens.SESSION_KEY, tokens); // let session stores see the change
            }
        }
    }

    private void addBearer(HttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        if (headers.containsHeader(HttpHeaders.AUTHORIZATION)) {
            if (headers.getFirst(HttpHeaders.AUTHORIZATION).isEmpty()) {
                headers.remove(HttpHeaders.AUTHORIZATION); // explicitly anonymous
            }
            return;
        }
        if (headers.containsHeader("X-Device-Key")) {
            return;
        }
        ApiTokens tokens = ApiTokens.of(currentSession());
        if (tokens != null && tokens.accessToken() != null) {
            headers.setBearerAuth(tokens.accessToken());
        }
    }

    private ApiCallException toException(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        byte[] body = response.getBody().readAllBytes();
        ApiProblem problem;
        try {
            problem = body.length == 0 ? null : json.readValue(body, ApiProblem.class);
        } catch (RuntimeException notJson) {
            problem = null;
        }
        if (problem == null) {
            problem = new ApiProblem(status, response.getStatusText(), null, null, null, null, null, null);
        }
        return new ApiCallException(status, problem, retryAfter(response.getHeaders()));
    }

    private static Duration retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException httpDate) {
            return Duration.ofSeconds(5);
        }
    }

    private static HttpSession currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getSession(false);
        }
        return null;
    }

    /** Body of {@code POST /api/auth/refresh}. */
    record RefreshRequest(String refreshToken) {
    }

    /** The token part of a login or refresh answer. */
    record TokenResponse(String accessToken, String refreshToken, long expiresIn) {
    }
}

package app.attendance.api.auth;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** Writes 401 {@code unauthenticated} and 403 {@code forbidden} ProblemDetails from the security filters. */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> write(response, 401, "Unauthorized", "unauthenticated",
                detailOf(e));
    }

    public AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, 403, "Forbidden", "forbidden",
                "You may not access this resource");
    }

    private static String detailOf(AuthenticationException e) {
        return e instanceof org.springframework.security.oauth2.server.resource.InvalidBearerTokenException
                ? "The access token is invalid or expired" : "Authentication is required";
    }

    void write(HttpServletResponse response, int status, String title, String code, String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getOutputStream().write(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }
}

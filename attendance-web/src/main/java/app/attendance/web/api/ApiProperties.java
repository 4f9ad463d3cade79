package app.attendance.web.api;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where attendance-api lives. Timeouts are Boot's {@code spring.http.clients.*} settings, so the
 * test support can still bind its mock server to the same {@code RestClient.Builder}.
 *
 * @param url base URL of attendance-api, e.g. {@code http://localhost:8081}
 * @param clientSecret {@code WEB_CLIENT_SECRET}, shared with attendance-api: sent with each login
 *        so the API believes the browser address the web app forwards; blank sends none
 */
@Validated
@ConfigurationProperties("attendance.api")
public record ApiProperties(@NotNull URI url, String clientSecret) {

    public ApiProperties {
        clientSecret = clientSecret == null ? "" : clientSecret.strip();
    }
}

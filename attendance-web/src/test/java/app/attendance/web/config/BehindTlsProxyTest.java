package app.attendance.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web app on a real port, reached as a TLS-terminating reverse proxy reaches it: a request
 * forwarded with {@code X-Forwarded-Proto: https} gets HSTS, https redirects on the public host
 * and a {@code Secure} session cookie; a plain http request gets none of these.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "attendance.api.url=http://127.0.0.1:9")
class BehindTlsProxyTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void aRequestForwardedAsHttpsGetsHstsAnHttpsRedirectAndASecureSessionCookie() throws Exception {
        HttpResponse<Void> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "school.example")
                .header("X-Forwarded-Port", "443").header("X-Forwarded-For", "203.0.113.7"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> {
            assertThat(v).startsWith("max-age=31536000");
            assertThat(v).contains("includeSubDomains");
        });
        assertThat(response.headers().firstValue("Location")).hasValue("https://school.example/login");
        assertThat(sessionCookie(response)).containsIgnoringCase("; Secure").contains("HttpOnly", "SameSite=Lax");
    }

    @Test
    void aPlainHttpRequestGetsNoHstsAndNoSecureCookie() throws Exception {
        HttpResponse<Void> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).doesNotStartWith(
                "https:"));
        assertThat(sessionCookie(response)).doesNotContainIgnoringCase("secure");
    }

    private HttpResponse<Void> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}

package app.attendance.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web app reached directly by a peer that is not a trusted proxy (here loopback, with only
 * 192.0.2.1 trusted): its forwarded headers are removed, so it can neither pose as HTTPS on another
 * host nor choose the client address sign-ins are throttled by.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"attendance.api.url=http://127.0.0.1:9", "attendance.trusted-proxies=192.0.2.1"})
class UntrustedPeerTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void forwardedHeadersFromAPeerThatIsNoTrustedProxyAreIgnored() throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "school.example")
                .header("X-Forwarded-Port", "443").header("X-Forwarded-For", "203.0.113.7").GET().build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("http://127.0.0.1:" + port + "/"));
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.toLowerCase().contains("secure"));
    }
}

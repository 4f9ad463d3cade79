package app.attendance.web.websession;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.web.AttendanceWebApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web app with its sessions in a real PostgreSQL of its own, which then stops: pages answer a short
 * readable 503 with {@code Retry-After} in the browser's language, for a browser with a session and for
 * a new one, instead of the servlet container's error page.
 */
class SessionStoreOutageTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesAnswerAReadable503WhileTheSessionStoreIsAway() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        ConfigurableApplicationContext web = new SpringApplicationBuilder(AttendanceWebApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--attendance.api.url=http://127.0.0.1:9", "--attendance.zone=UTC");
        try {
            String url = "http://127.0.0.1:" + web.getEnvironment().getProperty("local.server.port") + "/login";
            HttpResponse<String> up = get(url, null);
            assertThat(up.statusCode()).isEqualTo(200);
            String session = up.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

            postgres.close();

            HttpResponse<String> known = get(url, session);
            assertThat(known.statusCode()).isEqualTo(503);
            assertThat(known.headers().firstValue("Retry-After")).hasValue(SessionStoreOutage.RETRY_AFTER_SECONDS);
            assertThat(known.body()).contains("The service is temporarily unavailable.")
                    .doesNotContain("Exception");

            HttpResponse<String> vietnamese = get(url, "attendance-lang=vi");
            assertThat(vietnamese.statusCode()).isEqualTo(503);
            assertThat(vietnamese.body()).contains("Dịch vụ tạm thời không khả dụng");
        } finally {
            web.close();
            postgres.close();
        }
    }

    private HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

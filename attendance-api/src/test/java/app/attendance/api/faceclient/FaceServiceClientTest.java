package app.attendance.api.faceclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The client against a scripted HTTP server: mapping of answers, timeouts and outages. */
class FaceServiceClientTest {

    private HttpServer server;
    private final AtomicReference<Responder> responder = new AtomicReference<>();

    interface Responder {
        void respond(HttpExchange exchange) throws IOException, InterruptedException;
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try {
                exchange.getRequestBody().readAllBytes();
                responder.get().respond(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private FaceServiceClient client(URI url, Duration readTimeout) {
        return new FaceServiceClient(RestClient.builder(), new FaceServiceProperties(List.of(url), "secret",
                Duration.ofMillis(300), readTimeout, Duration.ofSeconds(5), 2, Duration.ofSeconds(30),
                4, Duration.ofMillis(200)));
    }

    private FaceServiceClient client() {
        // Generous: the first call of a JVM loads many classes, on a busy machine slowly.
        return client(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(5));
    }

    private static void json(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Test
    void recognizeSendsTokenAndCandidatesAndReadsFaces() {
        AtomicReference<String> auth = new AtomicReference<>();
        responder.set(ex -> {
            auth.set(ex.getRequestHeaders().getFirst("Authorization"));
            json(ex, 200, """
                    {"modelId":"m1","width":640,"height":480,"faces":[{"box":{"x":1,"y":2,"width":30,"height":40},
                     "liveness":{"score":0.9,"live":true},"match":{"subjectId":"student-7","similarity":0.71},
                     "runnerUp":null,"outsider":null}]}""");
        });
        var result = client().recognize(new byte[] {1, 2, 3}, List.of("student-7", "student-8"), null);
        assertThat(auth.get()).isEqualTo("Bearer secret");
        assertThat(result.faces()).hasSize(1);
        assertThat(result.faces().getFirst().match().subjectId()).isEqualTo("student-7");
        assertThat(result.faces().getFirst().box().width()).isEqualTo(30);
    }

    @Test
    void badImageIsARejectionNotAnOutage() {
        responder.set(ex -> json(ex, 400, """
                {"status":400,"title":"Bad image","detail":"cannot decode","code":"INVALID_IMAGE"}"""));
        assertThatThrownBy(() -> client().recognize(new byte[] {1}, List.of(), null))
                .isInstanceOfSatisfying(FaceServiceRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("INVALID_IMAGE");
                });
    }

    @Test
    void busyPassesRetryAfterOn() {
        responder.set(ex -> {
            ex.getResponseHeaders().add("Retry-After", "3");
            json(ex, 503, "{\"status\":503,\"title\":\"Busy\"}");
        });
        assertThatThrownBy(() -> client().recognize(new byte[] {1}, List.of(), null))
                .isInstanceOfSatisfying(FaceServiceUnavailableException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(3));
    }

    @Test
    void slowAnswerTimesOutThenCircuitOpensAndFailsFast() {
        responder.set(ex -> Thread.sleep(3000));
        FaceServiceClient client = client(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Duration.ofMillis(900));
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> client.recognize(new byte[] {1}, List.of(), null))
                    .isInstanceOf(FaceServiceUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(2000));
        }
        assertThat(client.circuitState()).isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> client.recognize(new byte[] {1}, List.of(), null))
                .isInstanceOfSatisfying(FaceServiceUnavailableException.class,
                        e -> assertThat(e.retryAfterSeconds()).isBetween(1L, 30L));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(50));
    }

    @Test
    void connectionRefusedIsUnavailable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        FaceServiceClient client = client(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(1));
        assertThatThrownBy(() -> client.info()).isInstanceOf(FaceServiceUnavailableException.class);
    }

    @Test
    void missingSubjectIsEmpty() {
        responder.set(ex -> json(ex, 404, "{\"status\":404,\"title\":\"Not found\"}"));
        assertThat(client().subject("student-1")).isEmpty();
        assertThat(client().deleteSubject("student-1")).isZero();
    }
}

package app.attendance.api.faceclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * The client's circuit breaker against a real HTTP server answering 500 or 200 as told: opening
 * after failures, refusing while open (with how long to wait), one trial call, closing on success.
 */
class CircuitBreakerTest {

    private Instant now = Instant.parse("2026-11-24T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private HttpServer server;
    private volatile int status = 500;
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            calls.incrementAndGet();
            byte[] body = (status == 200 ? "{\"modelId\":\"m\"}" : "{\"status\":500}").getBytes(
                    StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private FaceServiceClient client(int failureThreshold) {
        return new FaceServiceClient(RestClient.builder(), new FaceServiceProperties(
                List.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort())), null,
                Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(5), failureThreshold,
                Duration.ofSeconds(5), 2, Duration.ofMillis(200)), IndexSequence.inProcess(), clock);
    }

    @Test
    void opensAfterThresholdAndRecoversThroughOneTrial() {
        FaceServiceClient client = client(3);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(client::status).isInstanceOf(FaceServiceUnavailableException.class);
        }
        assertThat(client.circuitState()).isEqualTo(State.OPEN);
        now = now.plusSeconds(2);
        assertThatThrownBy(client::status).isInstanceOfSatisfying(FaceServiceUnavailableException.class,
                e -> assertThat(e.retryAfterSeconds()).isEqualTo(3));
        assertThat(calls).as("refused without a call").hasValue(3);

        now = now.plusSeconds(3).plusMillis(1);
        assertThatThrownBy(client::status).isInstanceOf(FaceServiceUnavailableException.class);
        assertThat(calls).as("one trial call").hasValue(4);
        assertThat(client.circuitState()).isEqualTo(State.OPEN);

        now = now.plusSeconds(5).plusMillis(1);
        status = 200;
        assertThat(client.status().modelId()).isEqualTo("m");
        assertThat(client.circuitState()).isEqualTo(State.CLOSED);
        assertThat(client.status().modelId()).isEqualTo("m");
    }

    @Test
    void aSuccessResetsTheCount() {
        FaceServiceClient client = client(2);
        assertThatThrownBy(client::status).isInstanceOf(FaceServiceUnavailableException.class);
        status = 200;
        client.status();
        status = 500;
        assertThatThrownBy(client::status).isInstanceOf(FaceServiceUnavailableException.class);
        assertThat(client.circuitState()).isEqualTo(State.CLOSED);
    }
}

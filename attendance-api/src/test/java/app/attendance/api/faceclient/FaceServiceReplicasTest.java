package app.attendance.api.faceclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * Several face-service URLs against real local HTTP servers: round robin, a second try at the next
 * URL for reads, writes tried again only when refused, a circuit per URL, and read-your-writes
 * through {@code X-Index-Sequence} / {@code X-Index-Min-Sequence}.
 */
class FaceServiceReplicasTest {

    private static final String RECOGNITION = "{\"modelId\":\"m\",\"width\":1,\"height\":1,\"faces\":[]}";
    private static final String ENROLLED = "{\"subjectId\":\"student-1\",\"results\":[]}";

    /** A stand-in for one face-service replica. */
    private static final class Replica {
        final HttpServer server;
        final AtomicInteger calls = new AtomicInteger();
        final List<String> minSequences = Collections.synchronizedList(new ArrayList<>());
        volatile int status = 200;
        volatile String sequence;

        Replica() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::answer);
            server.start();
        }

        private void answer(HttpExchange ex) throws IOException {
            ex.getRequestBody().readAllBytes();
            calls.incrementAndGet();
            minSequences.add(ex.getRequestHeaders().getFirst(FaceServiceClient.MIN_SEQUENCE));
            String path = ex.getRequestURI().getPath();
            String body = status != 200 ? "{\"status\":" + status + "}"
                    : path.endsWith("/faces") ? ENROLLED : RECOGNITION;
            if (sequence != null && "PUT".equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().add(FaceServiceClient.SEQUENCE, sequence);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }
    }

    private final List<Replica> replicas = new ArrayList<>();

    @AfterEach
    void stop() {
        replicas.forEach(r -> r.server.stop(0));
    }

    private Replica replica() throws IOException {
        Replica r = new Replica();
        replicas.add(r);
        return r;
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort());
        }
    }

    private static FaceServiceClient client(IndexSequence sequence, URI... urls) {
        return new FaceServiceClient(RestClient.builder(), new FaceServiceProperties(List.of(urls), "t",
                Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(5), 2, Duration.ofSeconds(30), 2,
                Duration.ofMillis(500)), sequence);
    }

    private static void recognize(FaceServiceClient client) {
        client.recognize(new byte[] {1}, List.of("student-1"), null);
    }

    @Test
    void callsGoRoundRobinOverTheUrls() throws IOException {
        Replica a = replica();
        Replica b = replica();
        FaceServiceClient client = client(IndexSequence.inProcess(), a.url(), b.url());
        for (int i = 0; i < 6; i++) {
            recognize(client);
        }
        assertThat(a.calls).hasValue(3);
        assertThat(b.calls).hasValue(3);
    }

    @Test
    void withOneReplicaDownEveryRecognitionIsAnsweredAndItsCircuitOpens() throws IOException {
        Replica up = replica();
        URI down = closedPort();
        FaceServiceClient client = client(IndexSequence.inProcess(), down, up.url());
        for (int i = 0; i < 6; i++) {
            assertThat(client.recognize(new byte[] {1}, List.of(), null).modelId()).isEqualTo("m");
        }
        assertThat(up.calls).hasValue(6);
        assertThat(client.circuitStates()).containsExactly(State.OPEN, State.CLOSED);
    }

    @Test
    void aFailingReplicaIsTriedOnceThenTheNextAnswersAReadButNotAWrite() throws IOException {
        Replica failing = replica();
        failing.status = 500;
        Replica up = replica();
        FaceServiceClient client = client(IndexSequence.inProcess(), failing.url(), up.url());
        recognize(client);
        assertThat(failing.calls).hasValue(1);
        assertThat(up.calls).hasValue(1);
        // The next call starts at the healthy replica; the one after at the failing one again.
        recognize(client);
        // A write is not sent twice when the first replica answered (it may have applied it).
        FaceServiceClient writer = client(IndexSequence.inProcess(), failing.url(), up.url());
        assertThatThrownBy(() -> writer.enrol("student-1", List.of(new FaceRecords.Image("a.jpg", new byte[] {1}))))
                .isInstanceOf(FaceServiceUnavailableException.class);
        assertThat(up.calls).hasValue(2);
    }

    @Test
    void aWriteRefusedByOneReplicaGoesToTheNext() throws IOException {
        Replica up = replica();
        FaceServiceClient client = client(IndexSequence.inProcess(), closedPort(), up.url());
        client.enrol("student-1", List.of(new FaceRecords.Image("a.jpg", new byte[] {1})));
        assertThat(up.calls).hasValue(1);
    }

    @Test
    void everyCircuitOpenIsA503WithoutACall() throws IOException {
        FaceServiceClient client = client(IndexSequence.inProcess(), closedPort(), closedPort());
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> recognize(client)).isInstanceOf(FaceServiceUnavailableException.class);
        }
        assertThat(client.circuitStates()).containsExactly(State.OPEN, State.OPEN);
        assertThatThrownBy(() -> recognize(client)).isInstanceOfSatisfying(FaceServiceUnavailableException.class,
                e -> {
                    assertThat(e.getMessage()).contains("circuit open");
                    assertThat(e.retryAfterSeconds()).isBetween(1L, 30L);
                });
    }

    @Test
    void recognitionsRequireTheHighestSequenceAcknowledgedForTheirRoster() throws IOException {
        Replica a = replica();
        Replica b = replica();
        IndexSequence shared = IndexSequence.inProcess();
        FaceServiceClient client = client(shared, a.url(), b.url());
        recognize(client);
        assertThat(a.minSequences).containsExactly((String) null);
        a.sequence = "41";
        b.sequence = "42";
        client.enrol("student-1", List.of(new FaceRecords.Image("a.jpg", new byte[] {1})));
        client.enrol("student-1", List.of(new FaceRecords.Image("a.jpg", new byte[] {1})));
        a.sequence = "7";
        client.enrol("student-1", List.of(new FaceRecords.Image("a.jpg", new byte[] {1})));
        assertThat(shared.required(List.of("student-1"))).hasValue(42);
        recognize(client);
        recognize(client);
        assertThat(a.minSequences.getLast()).isEqualTo("42");
        assertThat(b.minSequences.getLast()).isEqualTo("42");
        client.recognize(new byte[] {1}, List.of("student-2"), null);
        assertThat(java.util.Arrays.asList(a.minSequences.getLast(), b.minSequences.getLast()))
                .as("a roster without student-1 does not wait for its enrolment").contains((String) null);
    }
}

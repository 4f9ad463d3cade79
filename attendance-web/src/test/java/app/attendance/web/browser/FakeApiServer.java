package app.attendance.web.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small in-test HTTP server that plays attendance-api with a fixed school (one class, a few
 * students, today's sessions). Its answers follow the API's committed OpenAPI document,
 * docs/openapi/attendance-api.json, which {@link FakeApiContractTest} holds them to. It stands in
 * for the real API only in browser tests of the web app, until the end-to-end test runs the real
 * services. It records the frames it receives so tests can check what the browser really sent.
 */
public final class FakeApiServer implements AutoCloseable {

    /** One frame as received: the JPEG bytes, when it arrived, how many were in flight. */
    public record Frame(byte[] jpeg, long receivedAtMillis, int inFlight, String deviceKey) {
    }

    /** An HTTP answer. */
    public record Answer(int status, String json, String retryAfter) {
        public Answer(int status, String json) {
            this(status, json, null);
        }

        static Answer ok(String json) {
            return new Answer(200, json);
        }
    }

    public static final String DEVICE_KEY = "dk_test_7Hq2";

    private final HttpServer server;
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final List<Frame> frames = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile int maxInFlight;
    private volatile long frameDelayMillis = 250;
    private volatile boolean busy;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    public FakeApiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        FakeSchool.routes(this);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Registers an answer for "METHOD /path-regex"; the same regex again replaces the earlier answer. */
    public void on(String methodAndPath, Function<HttpExchange, Answer> answer) {
        synchronized (routes) {
            routes.put(methodAndPath, new Route(Pattern.compile(methodAndPath), answer));
        }
    }

    /** The "METHOD /path-regex" keys it answers, in the order they were first registered. */
    public List<String> served() {
        synchronized (routes) {
            return List.copyOf(routes.keySet());
        }
    }

    private record Route(Pattern pattern, Function<HttpExchange, Answer> answer) {
    }

    public List<Frame> frames() {
        return List.copyOf(frames);
    }

    public int maxFramesInFlight() {
        return maxInFlight;
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** While busy, frames are answered 503 with Retry-After: 2, as when face-service is overloaded. */
    public void busy(boolean on) {
        busy = on;
    }

    public void frameDelay(long millis) {
        frameDelayMillis = millis;
    }

    /** Records a frame and keeps the exchange busy for a moment, like the real recognition would. */
    Answer frame(HttpExchange exchange, String json) {
        int now = inFlight.incrementAndGet();
        maxInFlight = Math.max(maxInFlight, now);
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            frames.add(new Frame(filePart(body, exchange.getRequestHeaders().getFirst("Content-Type")),
                    System.currentTimeMillis(), now, exchange.getRequestHeaders().getFirst("X-Device-Key")));
            if (busy) {
                return new Answer(503,
                        "{\"status\":503,\"code\":\"face-service-unavailable\",\"detail\":\"Face recognition is busy\"}",
                        "2");
            }
            Thread.sleep(frameDelayMillis);
            return Answer.ok(json);
        } catch (IOException | InterruptedException e) {
            return new Answer(500, "{}");
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        requests.add(key + (exchange.getRequestURI().getQuery() == null ? "" : "?" + exchange.getRequestURI()
                .getQuery()));
        Answer answer = null;
        List<Route> snapshot;
        synchronized (routes) {
            snapshot = List.copyOf(routes.values());
        }
        for (Route route : snapshot) {
            Matcher m = route.pattern().matcher(key);
            if (m.matches()) {
                answer = route.answer().apply(exchange);
                break;
            }
        }
        if (answer == null) {
            answer = new Answer(404, "{\"status\":404,\"code\":\"not-found\",\"detail\":\"No route " + key + "\"}");
        }
        byte[] bytes = answer.json() == null ? new byte[0] : answer.json().getBytes(StandardCharsets.UTF_8);
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().set("Retry-After", answer.retryAfter());
        }
        exchange.getResponseHeaders().set("Content-Type",
                answer.status() >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(answer.status(), answer.status() == 204 ? -1 : bytes.length);
        if (answer.status() != 204) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    /** The bytes of the first file part of a multipart body. */
    static byte[] filePart(byte[] body, String contentType) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("\r\n\r\n", text.indexOf("filename=")) + 4;
        int end = text.indexOf("\r\n" + boundary, start);
        return Arrays.copyOfRange(body, start, end);
    }

    static String today() {
        return LocalDate.now().toString();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

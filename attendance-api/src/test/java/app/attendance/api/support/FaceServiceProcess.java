package app.attendance.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real face-service for tests: the jar the reactor built ({@code face-service/target}),
 * started with {@code java -jar} on a free port, with a temporary index directory, a random
 * token, the model bundle from {@code attendance.models.dir} and the tests' PostgreSQL
 * ({@link TestDatabase}; face-service keeps its templates in its own schema {@code face}). It can be stopped and started
 * again on the same port with the same index (outage tests). One shared instance per test JVM
 * ({@link #shared()}); it is killed when the JVM exits.
 */
public final class FaceServiceProcess {

    private static volatile FaceServiceProcess shared;

    private final Path jar;
    private final Path modelsDir;
    private final Path workDir;
    private final Path log;
    private final int port;
    private final String token = "test-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private Process process;

    private FaceServiceProcess(Path jar, Path modelsDir) throws IOException {
        this.jar = jar;
        this.modelsDir = modelsDir;
        this.workDir = Files.createTempDirectory("face-service-test");
        this.log = workDir.resolve("face-service.log");
        this.port = freePort();
    }

    /** The one face-service of this test JVM, started (once) and healthy. */
    public static FaceServiceProcess shared() {
        FaceServiceProcess p = instance();
        p.start();
        return p;
    }

    /**
     * The one face-service of this test JVM with its address and token fixed, not necessarily
     * started: application contexts are pointed at it before any test needs it.
     */
    public static FaceServiceProcess instance() {
        if (shared == null) {
            synchronized (FaceServiceProcess.class) {
                if (shared == null) {
                    try {
                        FaceServiceProcess p = new FaceServiceProcess(findJar(), modelsDir());
                        Runtime.getRuntime().addShutdownHook(new Thread(p::stop));
                        shared = p;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return shared;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public String token() {
        return token;
    }

    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    /** CPU time face-service's process has used so far (zero when unknown or not running). */
    public synchronized java.time.Duration cpuTime() {
        return process == null ? java.time.Duration.ZERO
                : process.info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    /** Starts face-service (again) and waits until its health is UP. */
    public synchronized void start() {
        if (running()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--add-modules", "jdk.incubator.vector",
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--face.models-dir=" + modelsDir,
                "--face.index-dir=" + workDir.resolve("index")));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("FACE_API_TOKEN", token);
        // face-service keeps its templates in PostgreSQL (schema face): the tests' own database
        TestDatabase.Connection database = TestDatabase.connection();
        builder.environment().put("FACE_DATABASE_URL", database.url());
        builder.environment().put("FACE_DATABASE_USER", database.username());
        builder.environment().put("FACE_DATABASE_PASSWORD", database.password());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start face-service from " + jar, e);
        }
        awaitHealthy(Duration.ofSeconds(120));
    }

    /** Stops face-service and waits until it is gone. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    private void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(url().resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("face-service exited with " + process.exitValue()
                        + " while starting; its log (" + log + "):\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("face-service did not become healthy within " + timeout
                + "; its log (" + log + "):\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static Path root() {
        String models = System.getProperty("attendance.models.dir");
        if (models != null) {
            return Paths.get(models).toAbsolutePath().getParent().getParent();
        }
        Path here = Paths.get("").toAbsolutePath();
        return Files.exists(here.resolve("face-service")) ? here : here.getParent();
    }

    private static Path modelsDir() {
        String models = System.getProperty("attendance.models.dir");
        Path dir = (models != null ? Paths.get(models) : root().resolve("models/bundles")).resolve("faceplugin");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("No face models in " + dir + ": run 'bash models/fetch.sh' first.");
        }
        return dir;
    }

    private static Path findJar() throws IOException {
        Path target = root().resolve("face-service/target");
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                List<Path> jars = files.filter(p -> {
                    String n = p.getFileName().toString();
                    return n.startsWith("face-service-") && n.endsWith(".jar")
                            && !n.endsWith("-sources.jar") && !n.endsWith("-plain.jar");
                }).toList();
                if (!jars.isEmpty()) {
                    return jars.getFirst();
                }
            }
        }
        throw new IllegalStateException("face-service jar not found in " + target
                + ": run './mvnw -pl face-service package -DskipTests' first.");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}

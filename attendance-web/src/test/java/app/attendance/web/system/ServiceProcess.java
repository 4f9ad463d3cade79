package app.attendance.web.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One of the product's services started from its packaged jar as a separate process, exactly
 * as it runs in production, for end-to-end tests over real HTTP. The reactor builds
 * face-service and attendance-api before attendance-web, so their jars exist when these tests run.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String module;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String module, int port, Process process, Path log) {
        this.module = module;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    private static volatile EmbeddedPostgres postgres;

    /**
     * The environment that points face-service and attendance-api at one PostgreSQL, as
     * {@code run.sh} does: embedded PostgreSQL binaries started once per test JVM (face-service
     * keeps its templates in its own schema {@code face}, the API its tables in {@code public}).
     */
    public static Map<String, String> database() {
        return database("postgres");
    }

    /**
     * Like {@link #database()}, in a database of its own named {@code name} (created when missing),
     * so tests that start services do not see each other's school.
     */
    public static synchronized Map<String, String> database(String name) {
        try {
            if (postgres == null) {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
                postgres = started;
            }
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL for the services", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return Map.of("DATABASE_URL", postgres.getJdbcUrl("postgres", name), "DATABASE_USER", "postgres",
                "DATABASE_PASSWORD", "postgres");
    }

    /** Starts {@code module}'s jar on a free port with the given environment and waits for health. */
    public static ServiceProcess start(String module, Map<String, String> env) {
        return start(module, module, env);
    }

    /**
     * Starts {@code module}'s jar as the instance {@code name} (its log file is named after it, so
     * several replicas of one module keep their own logs).
     */
    public static ServiceProcess start(String module, String name, Map<String, String> env) {
        Path root = Path.of(System.getProperty("attendance.root", "..")).toAbsolutePath().normalize();
        Path jar = findJar(root.resolve(module).resolve("target"), module);
        int port = freePort();
        Path log = root.resolve("attendance-web/target/system-logs/" + name + ".log");
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m"));
            if (module.equals("face-service")) {
                command.addAll(List.of("--add-modules", "jdk.incubator.vector")); // Lucene's SIMD vector code
            }
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(Files.createTempDirectory(module + "-").toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            ServiceProcess service = new ServiceProcess(module, port, builder.start(), log);
            service.awaitHealthy(Duration.ofSeconds(180));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + module, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited during start-up; see " + log + "\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + module, e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException(module + " did not become healthy in " + timeout + "\n" + tail());
    }

    private String tail() {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Kills the process at once, as {@code kill -9} does: no shutdown hook, no graceful stop. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path findJar(Path target, String module) {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches(module + "-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + module + " jar in " + target
                            + "; build it first: ./mvnw -pl " + module + " package -DskipTests"));
        } catch (IOException e) {
            throw new IllegalStateException("No " + module + " jar in " + target
                    + "; build it first: ./mvnw -pl " + module + " package -DskipTests", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

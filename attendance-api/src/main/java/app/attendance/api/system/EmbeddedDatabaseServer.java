package app.attendance.api.system;

import ch.qos.logback.classic.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single-machine database as a process of its own: {@code run.sh} starts it before
 * face-service and attendance-api, which both connect to it (face-service in its schema
 * {@code face}, the API in {@code public}). Same folder, password file, 127.0.0.1 binding and
 * settings as {@link EmbeddedDatabaseConfig}; a server orphaned by a killed run is stopped first.
 * Runs until it is terminated, then stops PostgreSQL. Started from the API's jar:
 * {@code java -cp attendance-api.jar -Dloader.main=app.attendance.api.system.EmbeddedDatabaseServer
 * org.springframework.boot.loader.launch.PropertiesLauncher}; environment {@code EMBEDDED_DB_DIR}
 * (default {@code .data/postgres}) and {@code EMBEDDED_DB_PORT} (default 5433).
 */
public final class EmbeddedDatabaseServer {

    private EmbeddedDatabaseServer() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
        Path dir = Path.of(env("EMBEDDED_DB_DIR", ".data/postgres")).toAbsolutePath().normalize();
        int port = Integer.parseInt(env("EMBEDDED_DB_PORT", "5433"));
        Files.createDirectories(dir);
        StalePostmaster.stopIfRunning(dir);
        EmbeddedPostgresLauncher.Started postgres = EmbeddedPostgresLauncher.start(dir, port,
                EmbeddedDatabaseConfig.SETTINGS);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                log.warn("Stopping the embedded PostgreSQL failed", e);
            }
        }, "embedded-postgres-stop"));
        postgres.createDatabase(EmbeddedDatabaseConfig.DATABASE);
        log.info("Embedded PostgreSQL ready: {} (user {}, password in {})",
                postgres.jdbcUrl(EmbeddedDatabaseConfig.DATABASE), EmbeddedPostgresLauncher.SUPERUSER,
                EmbeddedPostgresLauncher.passwordFile(dir));
        Thread.currentThread().join();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

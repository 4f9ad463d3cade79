package app.attendance.face.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real PostgreSQL for every face-service started in the test JVM: embedded PostgreSQL binaries
 * from Maven, started once per JVM. Each application context gets a fresh database, unless it
 * names one with {@code face.test.database} (replicas of one test share it). Registered for all
 * contexts in {@code META-INF/spring.factories}; a context whose {@code spring.datasource.url} is
 * already set keeps it.
 */
public final class TestPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Property naming a shared database for the context (created when missing). */
    public static final String DATABASE = "face.test.database";

    private static final AtomicInteger FRESH = new AtomicInteger();
    private static volatile EmbeddedPostgres postgres;

    /** The JVM's server, started on first use. */
    public static EmbeddedPostgres server() {
        if (postgres == null) {
            synchronized (TestPostgres.class) {
                if (postgres == null) {
                    try {
                        EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                            try {
                                started.close();
                            } catch (IOException ignored) {
                                // the JVM is exiting
                            }
                        }));
                        postgres = started;
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not start embedded PostgreSQL for tests", e);
                    }
                }
            }
        }
        return postgres;
    }

    /** The JDBC URL of database {@code name}, created when it does not exist yet. */
    public static synchronized String database(String name) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()) {
            return;
        }
        String name = context.getEnvironment().getProperty(DATABASE);
        if (name == null || name.isBlank()) {
            name = "face_" + ProcessHandle.current().pid() + "_" + FRESH.incrementAndGet();
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testPostgres", Map.of(
                "spring.datasource.url", database(name),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres")));
    }
}

package app.attendance.api.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that decides which real PostgreSQL the tests use: a Testcontainers
 * container when a Docker engine answers (CI on GitHub), otherwise PostgreSQL binaries from
 * Maven (machines without Docker). Started once per test JVM and shared by every context;
 * registered for all Spring test contexts in {@code META-INF/spring.factories}.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static volatile Connection connection;

    /** JDBC coordinates of the running test database. */
    public record Connection(String url, String username, String password) {
    }

    public static Connection connection() {
        if (connection == null) {
            synchronized (TestDatabase.class) {
                if (connection == null) {
                    connection = start();
                }
            }
        }
        return connection;
    }

    private static Connection start() {
        if (!"false".equals(System.getProperty("attendance.test.docker")) && dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL for tests", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** A test class that sets this property to true brings its own database (e.g. to stop it). */
    public static final String OWN_DATABASE = "attendance.test.own-database";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getEnvironment().getProperty(OWN_DATABASE, Boolean.class, false)) {
            return;
        }
        Connection c = connection();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                "spring.datasource.url", c.url(),
                "spring.datasource.username", c.username(),
                "spring.datasource.password", c.password())));
    }
}

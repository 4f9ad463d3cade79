package app.attendance.web.websession;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses where HTTP sessions live before the application context starts: in PostgreSQL when a database
 * is configured ({@code spring.datasource.url}, from {@code WEB_DATABASE_URL} or {@code DATABASE_URL}),
 * otherwise in the servlet container's memory, as a single instance, the tests and development need: then
 * the data source auto-configuration is excluded, and with it Flyway and Spring Session's JDBC store,
 * which both need a data source. Registered in {@code META-INF/spring.factories}.
 */
public class SessionStoreChoice implements EnvironmentPostProcessor, Ordered {

    static final String EXCLUDE = "spring.autoconfigure.exclude";
    static final String DATA_SOURCE = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";

    private final Log log;

    public SessionStoreChoice(DeferredLogFactory logs) {
        this.log = logs.getLog(SessionStoreChoice.class);
    }

    /** Whether the sessions are kept in the configured database. */
    static boolean shared(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (shared(environment)) {
            log.info("HTTP sessions in PostgreSQL (schema web): replicas share them");
            return;
        }
        log.info("HTTP sessions in memory (no database configured): one instance only");
        Set<String> excluded = new LinkedHashSet<>(
                StringUtils.commaDelimitedListToSet(environment.getProperty(EXCLUDE, "")));
        excluded.add(DATA_SOURCE);
        excluded.remove("");
        environment.getPropertySources().addFirst(new MapPropertySource("attendance-in-memory-sessions",
                Map.of(EXCLUDE, String.join(",", excluded))));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the configuration files and the test's properties
    }
}

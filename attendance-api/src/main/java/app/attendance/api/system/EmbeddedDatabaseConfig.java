package app.attendance.api.system;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from Maven-packaged binaries when no database URL is configured,
 * so the whole system runs with one command on a fresh machine. Data lives in a local folder
 * and survives restarts; a stale lock left by a crash is handled by PostgreSQL itself. The server
 * listens on 127.0.0.1 only and requires the superuser's password, generated on the first start and
 * kept beside the folder ({@link EmbeddedPostgresLauncher}). {@code run.sh} does not rely on this:
 * it starts one server for face-service and the API with {@link EmbeddedDatabaseServer}; this
 * stays for development and tests that start the API alone.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseUrlCondition.class)
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);
    static final String DATABASE = "attendance";
    /** The library tunes PostgreSQL for throw-away test databases; this one keeps data. */
    static final Map<String, String> SETTINGS = Map.of(
            "max_connections", "200",
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    @Bean(destroyMethod = "close")
    EmbeddedPostgresLauncher.Started embeddedPostgres(EmbeddedDatabaseProperties props) throws IOException {
        Path dir = Path.of(props.dataDir()).toAbsolutePath();
        Files.createDirectories(dir);
        StalePostmaster.stopIfRunning(dir);
        log.info("No spring.datasource.url configured: starting embedded PostgreSQL in {}", dir);
        return EmbeddedPostgresLauncher.start(dir, props.port(), SETTINGS);
    }

    /** A Hikari pool configured by {@code spring.datasource.hikari.*}, like Spring Boot's own. */
    @Bean
    @ConditionalOnMissingBean(DataSource.class)
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresLauncher.Started postgres) throws SQLException {
        postgres.createDatabase(DATABASE);
        return DataSourceBuilder.create().type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(postgres.jdbcUrl(DATABASE))
                .username(EmbeddedPostgresLauncher.SUPERUSER)
                .password(postgres.password())
                .build();
    }
}

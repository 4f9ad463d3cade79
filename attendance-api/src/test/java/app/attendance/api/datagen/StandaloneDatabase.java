package app.attendance.api.datagen;

import app.attendance.api.system.EmbeddedPostgresLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database a command-line tool works on, outside Spring: the one in {@code DATABASE_URL}
 * ({@code DATABASE_USER}, {@code DATABASE_PASSWORD}) when set, else an embedded PostgreSQL in
 * {@code EMBEDDED_DB_DIR} (database {@code attendance}, as the application uses, with the same
 * password authentication: {@link EmbeddedPostgresLauncher}). Migrated with
 * the application's Flyway scripts.
 */
public final class StandaloneDatabase implements AutoCloseable {

    private final EmbeddedPostgresLauncher.Started embedded;
    private final DataSource dataSource;
    private final String description;

    private StandaloneDatabase(EmbeddedPostgresLauncher.Started embedded, DataSource dataSource, String description) {
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.description = description;
    }

    /** Opens (and migrates) the database; {@code defaultDir} is used when EMBEDDED_DB_DIR is unset. */
    public static StandaloneDatabase open(Path defaultDir) throws IOException, SQLException {
        String url = System.getenv("DATABASE_URL");
        StandaloneDatabase db;
        if (url != null && !url.isBlank()) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url);
            ds.setUser(System.getenv().getOrDefault("DATABASE_USER", "attendance"));
            ds.setPassword(System.getenv().getOrDefault("DATABASE_PASSWORD", ""));
            db = new StandaloneDatabase(null, ds, url);
        } else {
            String dirEnv = System.getenv("EMBEDDED_DB_DIR");
            Path dir = (dirEnv == null || dirEnv.isBlank() ? defaultDir : Path.of(dirEnv)).toAbsolutePath();
            Files.createDirectories(dir);
            EmbeddedPostgresLauncher.Started pg = EmbeddedPostgresLauncher.start(dir, 0, Map.of(
                    "shared_buffers", "256MB", "work_mem", "32MB",
                    "maintenance_work_mem", "256MB", "max_wal_size", "4GB"));
            pg.createDatabase("attendance");
            db = new StandaloneDatabase(pg, pg.dataSource("attendance"), "embedded PostgreSQL in " + dir);
        }
        // out of order: a tool database created before a lower-numbered migration arrived still migrates
        Flyway.configure().dataSource(db.dataSource).outOfOrder(true).load().migrate();
        return db;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}

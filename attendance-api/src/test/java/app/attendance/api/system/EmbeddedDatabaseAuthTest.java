package app.attendance.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL the API starts without {@code DATABASE_URL} lets nobody in without the
 * superuser's password: not over 127.0.0.1 (the only address it listens on), not with a wrong
 * password. A new data folder gets a generated password kept beside it (owner-only) and the
 * application's database and migrations work with it across restarts; a folder from an earlier
 * version, which trusted every local user, keeps its data and is given a password on its first start.
 */
class EmbeddedDatabaseAuthTest {

    @TempDir
    Path temp;

    @Test
    void aNewFolderRequiresThePasswordAndTheApplicationWorksWithIt() throws Exception {
        Path dir = temp.resolve("postgres");
        EmbeddedDatabaseConfig config = new EmbeddedDatabaseConfig();
        EmbeddedDatabaseProperties props = new EmbeddedDatabaseProperties(dir.toString(), 0);
        Path passwordFile = EmbeddedPostgresLauncher.passwordFile(dir);
        try (EmbeddedPostgresLauncher.Started pg = config.embeddedPostgres(props)) {
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(pg.password()).hasSizeGreaterThan(30);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo(
                    "rw-------");
            assertRefused(pg.server().getPort(), null);
            assertRefused(pg.server().getPort(), "postgres");
            assertRefused(pg.server().getPort(), pg.password() + "x");

            DataSource app = config.dataSource(pg);
            try (Connection c = app.getConnection(); Statement st = c.createStatement()) {
                Flyway.configure().dataSource(app).load().migrate();
                assertThat(single(st, "select count(*) from students")).isEqualTo("0");
                assertThat(single(st, "show listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(single(st, "select current_database()")).isEqualTo("attendance");
            } finally {
                ((java.io.Closeable) app).close();
            }
        }
        try (EmbeddedPostgresLauncher.Started again = config.embeddedPostgres(props)) {
            assertThat(again.password()).isEqualTo(Files.readString(passwordFile).strip());
            assertRefused(again.server().getPort(), null);
            DataSource app = config.dataSource(again);
            try (Connection c = app.getConnection(); Statement st = c.createStatement()) {
                assertThat(single(st, "select count(*) from flyway_schema_history")).isNotEqualTo("0");
            } finally {
                ((java.io.Closeable) app).close();
            }
        }
    }

    @Test
    void aFolderThatTrustedLocalUsersKeepsItsDataAndGetsAPassword() throws Exception {
        Path dir = temp.resolve("old");
        // As earlier versions left it: initdb -A trust, no password.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .start();
                Connection c = old.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("create table kept (v text)");
            st.execute("insert into kept values ('from before')");
        }
        assertThat(Files.readString(dir.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedPostgresLauncher.Started pg = EmbeddedPostgresLauncher.start(dir, 0, java.util.Map.of())) {
            assertRefused(pg.server().getPort(), null);
            assertRefused(pg.server().getPort(), "wrong-password");
            try (Connection c = pg.dataSource("postgres").getConnection(); Statement st = c.createStatement()) {
                assertThat(single(st, "select v from kept")).isEqualTo("from before");
            }
        }
        assertThat(Files.readString(dir.resolve("pg_hba.conf"))).doesNotContain("trust");
    }

    /** A login as the superuser over 127.0.0.1 with this password (none when null) is refused. */
    private static void assertRefused(int port, String password) {
        Properties p = new Properties();
        p.setProperty("user", EmbeddedPostgresLauncher.SUPERUSER);
        if (password != null) {
            p.setProperty("password", password);
        }
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p)
                .close()).as("login with password %s", password).isInstanceOf(SQLException.class);
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

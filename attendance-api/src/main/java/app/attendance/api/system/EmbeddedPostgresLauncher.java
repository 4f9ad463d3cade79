package app.attendance.api.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts PostgreSQL from Maven-packaged binaries on a data folder that survives restarts, for the
 * API without {@code DATABASE_URL} and for the command-line tools. The server listens on 127.0.0.1
 * only and every login needs the superuser's password (SCRAM): the password is generated on the
 * first start and kept next to the data folder ({@code <folder>.password}, readable by its owner
 * only). A new folder is created with password authentication from the start ({@code initdb
 * --auth=scram-sha-256 --pwfile}). A folder from an earlier version, which let any local user in
 * ({@code trust}), or whose password file was lost, is given a (new) password on its first start:
 * it starts admitting only the superuser from 127.0.0.1 without a password, gets the password set,
 * then its {@code pg_hba.conf} is replaced and reloaded before anything else connects.
 */
public final class EmbeddedPostgresLauncher {

    /** The superuser the binaries' {@code initdb} creates. */
    public static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);
    private static final String HOST = "127.0.0.1";
    private static final String HBA_MARK = "# attendance: password (SCRAM) logins only";
    private static final String HBA = HBA_MARK + "\n"
            + "# TYPE  DATABASE  USER  ADDRESS       METHOD\n"
            + "local   all       all                 scram-sha-256\n"
            + "host    all       all   127.0.0.1/32  scram-sha-256\n";
    /** While an old folder gets its password: the superuser from 127.0.0.1 only, for a moment. */
    private static final String HBA_SETTING_PASSWORD = "# attendance: setting the superuser's password\n"
            + "host    all       " + SUPERUSER + "  127.0.0.1/32  trust\n";

    private EmbeddedPostgresLauncher() {
    }

    /** A running server and the password its superuser logs in with. */
    public record Started(EmbeddedPostgres server, String password) implements Closeable {

        /** A JDBC URL of a database on this server (without credentials). */
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + HOST + ":" + server.getPort() + "/" + database;
        }

        /** A data source logging in as the superuser with the password. */
        public DataSource dataSource(String database) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setServerNames(new String[] {HOST});
            ds.setPortNumbers(new int[] {server.getPort()});
            ds.setDatabaseName(database);
            ds.setUser(SUPERUSER);
            ds.setPassword(password);
            return ds;
        }

        /** Creates the database unless it exists. */
        public void createDatabase(String database) throws SQLException {
            try (Connection c = dataSource("postgres").getConnection(); Statement st = c.createStatement()) {
                try (var rs = st.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                    if (rs.next()) {
                        return;
                    }
                }
                st.execute("create database \"" + database + "\"");
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    /** Where the superuser's password of a data folder is kept: beside it. */
    public static Path passwordFile(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + ".password");
    }

    /**
     * Starts the server on {@code dataDir} (created when missing), on {@code port} (0: any free one),
     * with extra server settings.
     */
    public static Started start(Path dataDir, int port, Map<String, String> settings) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        boolean fresh = !Files.exists(dir.resolve("postgresql.conf"));
        Path passwordFile = passwordFile(dir);
        boolean known = Files.isRegularFile(passwordFile);
        String password = known ? Files.readString(passwordFile, StandardCharsets.UTF_8).strip() : newPassword();
        if (password.isEmpty()) {
            throw new IllegalStateException(passwordFile + " is empty; delete it to have a new password set");
        }
        if (!known) {
            writeOwnerOnly(passwordFile, password);
        }
        Path hba = dir.resolve("pg_hba.conf");
        boolean setPassword = !fresh && (!known || !managed(hba));
        if (setPassword) {
            log.warn("The embedded PostgreSQL in {} {}; setting the superuser's password (kept in {})", dir,
                    known ? "lets local users in without a password" : "has no password file", passwordFile);
            Files.writeString(hba, HBA_SETTING_PASSWORD);
        } else if (!fresh) {
            Files.writeString(hba, HBA);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", HOST)
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", password);
        settings.forEach(builder::setServerConfig);
        if (fresh) {
            // Appended to the library's "initdb -A trust": the later option wins.
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
        }
        if (port > 0) {
            builder.setPort(port);
        }
        Started started = new Started(builder.start(), password);
        if (setPassword || fresh) {
            try {
                secure(started, hba, setPassword);
            } catch (SQLException | IOException | RuntimeException e) {
                started.close();
                throw new IOException("Could not set up password authentication of the embedded PostgreSQL in "
                        + dir, e);
            }
        }
        return started;
    }

    /** Sets the password (an old folder), writes the SCRAM-only pg_hba.conf and has the server reload it. */
    private static void secure(Started started, Path hba, boolean setPassword) throws SQLException, IOException {
        try (Connection c = started.dataSource("postgres").getConnection(); Statement st = c.createStatement()) {
            if (setPassword) {
                st.execute("set password_encryption = 'scram-sha-256'");
                st.execute("alter role " + SUPERUSER + " with password '" + started.password().replace("'", "''")
                        + "'");
            }
            Files.writeString(hba, HBA);
            st.execute("select pg_reload_conf()");
        }
        awaitPasswordRequired(started);
    }

    /** The reload is asynchronous: waits (a few seconds at most) until a login without password fails. */
    private static void awaitPasswordRequired(Started started) throws SQLException {
        PGSimpleDataSource noPassword = (PGSimpleDataSource) started.dataSource("postgres");
        noPassword.setPassword(null);
        for (int i = 0; i < 100; i++) {
            try (Connection c = noPassword.getConnection()) {
                sleep();
            } catch (SQLException refused) {
                return;
            }
        }
        throw new SQLException("PostgreSQL still admits the superuser without a password after reloading pg_hba.conf");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean managed(Path hba) throws IOException {
        return Files.isRegularFile(hba) && Files.readString(hba).startsWith(HBA_MARK);
    }

    private static String newPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
    }
}

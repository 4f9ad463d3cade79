package app.attendance.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database process {@code run.sh} starts before face-service and the API: it creates the
 * folder, its password file and the database {@code attendance} on the port it is given, says
 * when it is ready, and stops PostgreSQL when it is terminated; started again it keeps the data.
 */
class EmbeddedDatabaseServerTest {

    @TempDir
    Path temp;

    @Test
    void servesTheDatabaseUntilTerminatedAndKeepsItsData() throws Exception {
        Path dir = temp.resolve("postgres");
        int port = freePort();
        Process first = start(dir, port);
        try {
            try (Connection c = connect(dir, port); Statement st = c.createStatement()) {
                st.execute("create table kept (id int)");
                st.execute("insert into kept values (7)");
            }
        } finally {
            stop(first);
        }
        assertThat(listening(port)).as("PostgreSQL stopped with its launcher").isFalse();
        Process second = start(dir, port);
        try (Connection c = connect(dir, port);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(7);
        } finally {
            stop(second);
        }
    }

    private Process start(Path dir, int port) throws Exception {
        Path log = temp.resolve("server-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), EmbeddedDatabaseServer.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("EMBEDDED_DB_DIR", dir.toString());
        builder.environment().put("EMBEDDED_DB_PORT", Integer.toString(port));
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.readString(log).contains("Embedded PostgreSQL ready")) {
            assertThat(process.isAlive()).as("launcher running; its log:\n%s", Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("ready within 120 s").isLessThan(deadline);
            Thread.sleep(100);
        }
        return process;
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private static Connection connect(Path dir, int port) throws Exception {
        String password = Files.readString(EmbeddedPostgresLauncher.passwordFile(dir)).strip();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/attendance",
                EmbeddedPostgresLauncher.SUPERUSER, password);
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

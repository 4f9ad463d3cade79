package app.attendance.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.Api;
import app.attendance.api.support.IntegrationTest;
import app.attendance.api.support.TestDatabase;
import app.attendance.api.user.AccountStates;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.FileSystemUtils;

/**
 * "503, not 500": while PostgreSQL is stopped every request that needs it (a controller's query,
 * the per-request account check of the security filters, the login, the health check) answers 503
 * {@code database-unavailable}; once PostgreSQL is started again on the same data the same requests
 * succeed, without restarting the API. Runs on a PostgreSQL of its own, since it stops it.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE + "=true")
@DirtiesContext
class DatabaseOutageTest {

    private static final Path DATA_DIR = tempDir();
    private static EmbeddedPostgres postgres = start(0);
    private static final int PORT = postgres.getPort();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AccountStates accountStates;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @Test
    void anUnreachableDatabaseIs503AndTheApiServesAgainWhenItIsBack() throws Exception {
        Api api = new Api(mvc, jdbc, passwords);
        String admin = api.admin();
        long adminId = jdbc.sql("select id from users where username = 'admin'").query(Long.class).single();
        assertThat(jdbc.sql("select inet_server_port()").query(Integer.class).single()).isEqualTo(PORT);
        mvc.perform(get("/api/subjects").header("Authorization", admin)).andExpect(status().isOk());

        postgres.close();

        expectDatabaseUnavailable(mvc.perform(get("/api/subjects").header("Authorization", admin)));
        accountStates.invalidate(adminId); // the next request checks the account in the database
        expectDatabaseUnavailable(mvc.perform(get("/api/subjects").header("Authorization", admin)));
        expectDatabaseUnavailable(login());
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("DOWN"));

        postgres = start(PORT);

        // The pool drops the connections PostgreSQL ended and opens new ones; the API recovers by
        // itself (no restart), within moments of the database returning.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (mvc.perform(get("/api/subjects").header("Authorization", admin)).andReturn().getResponse()
                .getStatus() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        mvc.perform(get("/api/subjects").header("Authorization", admin)).andExpect(status().isOk());
        login().andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    private ResultActions login() throws Exception {
        return mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"admin\",\"password\":\"" + Api.ADMIN_PASSWORD + "\"}"));
    }

    private static void expectDatabaseUnavailable(ResultActions result) throws Exception {
        result.andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value(DatabaseOutage.TYPE.toString()))
                .andExpect(jsonPath("$.code").value("database-unavailable"))
                .andExpect(jsonPath("$.detail").value("The database is not reachable; try again shortly"));
    }

    @AfterAll
    static void removeDatabase() throws IOException {
        postgres.close();
        FileSystemUtils.deleteRecursively(DATA_DIR);
    }

    private static EmbeddedPostgres start(int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(DATA_DIR).setCleanDataDirectory(false);
            return (port > 0 ? builder.setPort(port) : builder).start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start PostgreSQL in " + DATA_DIR, e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("outage-pg");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

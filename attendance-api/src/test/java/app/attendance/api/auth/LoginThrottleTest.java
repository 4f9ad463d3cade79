package app.attendance.api.auth;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.IntegrationTest;
import app.attendance.api.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Login throttling (issue 13, defect 5): per client and per account + client, counted in
 * PostgreSQL, with the client address the web app forwards believed only with its secret.
 */
@IntegrationTest
class LoginThrottleTest {

    private static final String WEB_HOST = "10.77.0.1";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void aStrangerThroughTheWebAppCannotLockTheRealUserOut() throws Exception {
        String username = user("right-pw");
        for (int i = 0; i < 5; i++) {
            viaWeb("10.77.1.1", username, "wrong").andExpect(status().isUnauthorized());
        }
        viaWeb("10.77.1.1", username, "wrong").andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));

        viaWeb("10.77.1.2", username, "right-pw").andExpect(status().isOk());
    }

    @Test
    void sprayingManyUsernamesFromOneClientIsThrottled() throws Exception {
        for (int i = 0; i < 20; i++) {
            viaWeb("10.77.2.1", TestData.unique("spray"), "Summer2026!").andExpect(status().isUnauthorized());
        }
        viaWeb("10.77.2.1", TestData.unique("spray"), "Summer2026!")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("rate-limited"));
        viaWeb("10.77.2.2", TestData.unique("spray"), "Summer2026!").andExpect(status().isUnauthorized());
    }

    @Test
    void theClientHeaderWithoutTheWebSecretIsKeyedByThePeerAddress() throws Exception {
        String username = user("right-pw");
        for (int i = 0; i < 5; i++) {
            login("10.77.3.1", username, "wrong", "10.77.3.100", "not-the-secret")
                    .andExpect(status().isUnauthorized());
        }
        login("10.77.3.1", username, "wrong", "10.77.3.101", null).andExpect(status().isTooManyRequests());
        viaWeb("10.77.3.100", username, "right-pw").andExpect(status().isOk());
    }

    private ResultActions viaWeb(String client, String username, String password) throws Exception {
        return login(WEB_HOST, username, password, client, IntegrationTest.WEB_CLIENT_SECRET);
    }

    private ResultActions login(String peer, String username, String password, String client, String proof)
            throws Exception {
        var request = post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .with(r -> {
                    r.setRemoteAddr(peer);
                    return r;
                })
                .header(ClientAddresses.CLIENT_HEADER, client);
        if (proof != null) {
            request.header(ClientAddresses.PROOF_HEADER, proof);
        }
        return mvc.perform(request);
    }

    private String user(String password) {
        String username = TestData.unique("throttled");
        jdbc.sql("insert into users (username, password_hash, role) values (:u, :p, 'ADMIN')")
                .param("u", username).param("p", passwords.encode(password)).update();
        return username;
    }
}

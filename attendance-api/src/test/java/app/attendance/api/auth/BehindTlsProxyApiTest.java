package app.attendance.api.auth;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import org.junit.jupiter.api.Test;

/**
 * The API over HTTPS: a request that arrived secure (directly, or as {@code X-Forwarded-Proto: https}
 * from an internal proxy, which Tomcat's RemoteIpValve turns into a secure request before this layer)
 * gets {@code Strict-Transport-Security}; a plain http request does not, and a forwarded header alone
 * (no trusted proxy in between) does not make a request secure.
 */
class BehindTlsProxyApiTest extends ApiTestBase {

    @Test
    void aRequestForwardedAsHttpsGetsHsts() throws Exception {
        mvc.perform(get("/api/auth/me").header("Authorization", admin).secure(true))
                .andExpect(status().isOk())
                .andExpect(header().string("Strict-Transport-Security", startsWith("max-age=31536000")))
                .andExpect(header().string("Strict-Transport-Security", containsString("includeSubDomains")));
        mvc.perform(get("/api/auth/me").secure(true))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Strict-Transport-Security", startsWith("max-age=31536000")));
    }

    @Test
    void aPlainHttpRequestGetsNoHsts() throws Exception {
        mvc.perform(get("/api/auth/me").header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/api/auth/me").header("Authorization", admin).header("X-Forwarded-Proto", "https"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}

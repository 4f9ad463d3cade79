package app.attendance.api.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Shared plumbing of the REST integration tests: MockMvc, test data and signed-in callers. */
@IntegrationTest
public abstract class ApiTestBase {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected PasswordEncoder passwords;

    protected Api api;
    protected TestData data;
    protected String admin;

    @BeforeEach
    void setUpApi() {
        api = new Api(mvc, jdbc, passwords);
        data = new TestData(jdbc);
        admin = api.admin();
    }

    protected ResultActions getAs(String auth, String url) throws Exception {
        return mvc.perform(get(url).header("Authorization", auth));
    }

    protected ResultActions postAs(String auth, String url, String json) throws Exception {
        return mvc.perform(post(url).header("Authorization", auth).contentType(MediaType.APPLICATION_JSON).content(
                json));
    }

    protected ResultActions putAs(String auth, String url, String json) throws Exception {
        return mvc.perform(put(url).header("Authorization", auth).contentType(MediaType.APPLICATION_JSON).content(
                json));
    }

    protected ResultActions deleteAs(String auth, String url) throws Exception {
        return mvc.perform(delete(url).header("Authorization", auth));
    }

    protected JsonNode body(ResultActions result) throws Exception {
        return api.read(result.andReturn().getResponse().getContentAsString());
    }

    protected long count(String sql, Object... params) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }
}

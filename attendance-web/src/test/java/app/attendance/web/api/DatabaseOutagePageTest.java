package app.attendance.web.api;

import static app.attendance.web.support.Api.path;
import static app.attendance.web.support.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.web.support.PageTest;
import app.attendance.web.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.ResponseCreator;
import org.springframework.test.web.client.response.MockRestResponseCreators;
import org.springframework.test.web.servlet.MockMvc;

/**
 * While attendance-api answers 503 (its database is away) the user reads "temporarily unavailable",
 * not a 502 "could not complete the request", and stays signed in.
 */
@PageTest
class DatabaseOutagePageTest {

    private static final String OUTAGE = """
            {"type":"urn:attendance:problem:database-unavailable","title":"Database unavailable","status":503,
             "detail":"The database is not reachable; try again shortly","code":"database-unavailable"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    @Test
    void a503FromTheApiIsAReadableTemporarilyUnavailablePage() throws Exception {
        api.expect(path("/api/subjects")).andRespond(outage());

        mvc.perform(get("/subjects").with(Users.admin()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().string(containsString("The service is temporarily unavailable")))
                .andExpect(content().string(not(containsString("Exception"))));
        api.verify();
    }

    @Test
    void aTokenRefreshThatMeets503DoesNotSignTheUserOut() throws Exception {
        api.expect(path("/api/subjects")).andRespond(problem(HttpStatus.UNAUTHORIZED, "{\"status\":401}"));
        api.expect(path("/api/auth/refresh")).andRespond(outage());

        mvc.perform(get("/subjects").with(Users.admin()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("The service is temporarily unavailable")));
        api.verify();
    }

    @Test
    void signingInWhileTheApiAnswers503SaysTheServiceCannotBeReached() throws Exception {
        api.expect(path("/api/auth/login")).andRespond(outage());

        mvc.perform(post("/login").with(csrf()).param("username", "lan").param("password", "secret"))
                .andExpect(redirectedUrl("/login?error=unavailable"));
    }

    private static ResponseCreator outage() {
        return MockRestResponseCreators.withStatus(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", "5").body(OUTAGE);
    }
}

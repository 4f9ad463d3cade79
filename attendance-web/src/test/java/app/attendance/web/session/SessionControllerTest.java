package app.attendance.web.session;

import static app.attendance.web.support.Api.json;
import static app.attendance.web.support.Api.path;
import static app.attendance.web.support.Api.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.web.support.Api;
import app.attendance.web.support.PageTest;
import app.attendance.web.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class SessionControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    @Test
    void openingASessionLeadsToItsLivePage() throws Exception {
        api.expect(path("/api/sessions/42/open")).andExpect(method(HttpMethod.POST)).andRespond(json(
                "{\"id\":42,\"status\":\"OPEN\"}"));
        mvc.perform(post("/sessions/42/open").with(Users.teacher(3)).with(csrf())).andExpect(redirectedUrl(
                "/sessions/42/live"));
        api.verify();
    }

    @Test
    void aRefusedOpenIsExplained() throws Exception {
        api.expect(path("/api/sessions/42/open")).andRespond(problem(HttpStatus.CONFLICT,
                "{\"status\":409,\"code\":\"session-closed\",\"detail\":\"The session ended at 08:45\"}"));
        mvc.perform(post("/sessions/42/open").with(Users.teacher(3)).with(csrf()))
                .andExpect(redirectedUrl("/sessions"))
                .andExpect(flash().attribute("error", "The session ended at 08:45"));
    }

    @Test
    void generatingCreatesTheWholeWeekOfTheChosenDay() throws Exception {
        api.expect(path("/api/sessions/generate")).andExpect(Api.body(
                "{\"from\":\"2026-11-23\",\"to\":\"2026-11-29\"}"))
                .andRespond(json("{\"created\":38,\"existing\":2}"));
        mvc.perform(post("/sessions/generate").param("date", "2026-11-26").with(Users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/sessions?date=2026-11-26"))
                .andExpect(flash().attribute("generated", new SessionClient.Generated(38, 2)));
        api.verify();
    }

    @Test
    void onlyAdminsGenerateSessionsOrCreateClasses() throws Exception {
        mvc.perform(post("/sessions/generate").param("date", "2026-11-26").with(Users.teacher(3)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/classes/new").with(Users.teacher(3))).andExpect(status().isForbidden());
    }
}

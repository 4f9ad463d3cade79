package app.attendance.web.subject;

import static app.attendance.web.support.Api.bearer;
import static app.attendance.web.support.Api.page;
import static app.attendance.web.support.Api.path;
import static app.attendance.web.support.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.queryParam;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withNoContent;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.web.support.Api;
import app.attendance.web.support.PageTest;
import app.attendance.web.support.Users;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class SubjectControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    @Test
    void listsSubjectsFromTheApiWithTheUsersToken() throws Exception {
        api.expect(path("/api/subjects")).andExpect(queryParam("q", "mat")).andExpect(bearer(Users.ACCESS))
                .andRespond(page("[{\"id\":3,\"code\":\"MATH\",\"name\":\"Mathematics\",\"color\":\"#1e88e5\"}]"));

        mvc.perform(get("/subjects").param("q", "mat").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mathematics")))
                .andExpect(content().string(containsString("/subjects/3/edit")));
        api.verify();
    }

    @Test
    void teachersMayNotManageSubjects() throws Exception {
        mvc.perform(get("/subjects").with(Users.teacher(5))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousUsersAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/subjects")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void createsASubjectAndRedirects() throws Exception {
        api.expect(path("/api/subjects")).andExpect(method(HttpMethod.POST))
                .andExpect(Api.body("{\"code\":\"PHY\",\"name\":\"Physics\",\"color\":\"#ff0000\"}"))
                .andRespond(Api.json("{\"id\":9,\"code\":\"PHY\",\"name\":\"Physics\",\"color\":\"#ff0000\"}"));

        mvc.perform(post("/subjects").with(Users.admin()).with(csrf())
                .param("code", "PHY").param("name", "Physics").param("color", "#ff0000"))
                .andExpect(redirectedUrl("/subjects"))
                .andExpect(flash().attribute("success", "flash.saved"));
        api.verify();
    }

    @Test
    void formsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/subjects").with(Users.admin())
                .param("code", "PHY").param("name", "Physics").param("color", "#ff0000"))
                .andExpect(status().isForbidden());
    }

    @Test
    void localValidationStopsBeforeTheApi() throws Exception {
        mvc.perform(post("/subjects").with(Users.admin()).with(csrf())
                .param("code", "").param("name", "Physics").param("color", "red"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("id=\"code-error\"")));
        api.verify(); // nothing was sent
    }

    @Test
    void apiValidationErrorsAppearNextToTheirFields() throws Exception {
        api.expect(path("/api/subjects")).andRespond(problem(HttpStatus.BAD_REQUEST, """
                {"status":400,"title":"Bad Request","code":"validation","detail":"Invalid subject",
                 "errors":[{"field":"name","message":"name is too similar to Mathematics"}]}"""));

        mvc.perform(post("/subjects").with(Users.admin()).with(csrf())
                .param("code", "MAT2").param("name", "Maths").param("color", "#ff0000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<div id=\"name-error\" class=\"invalid-feedback\">name is too similar to Mathematics</div>")));
    }

    @Test
    void aDuplicateCodeIsShownAtTheCodeField() throws Exception {
        api.expect(path("/api/subjects")).andRespond(problem(HttpStatus.CONFLICT, """
                {"status":409,"code":"conflict","field":"code","detail":"Code MATH is already used"}"""));

        mvc.perform(post("/subjects").with(Users.admin()).with(csrf())
                .param("code", "MATH").param("name", "Maths").param("color", "#ff0000"))
                .andExpect(content().string(containsString(
                        "<div id=\"code-error\" class=\"invalid-feedback\">Code MATH is already used</div>")));
    }

    @Test
    void aSubjectInUseCannotBeDeletedAndTheReasonIsShown() throws Exception {
        api.expect(path("/api/subjects/3")).andExpect(method(HttpMethod.DELETE)).andRespond(problem(HttpStatus.CONFLICT, """
                {"status":409,"code":"in-use","detail":"12 timetable slots use this subject"}"""));

        mvc.perform(post("/subjects/3/delete").with(Users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/subjects"))
                .andExpect(flash().attribute("error", "12 timetable slots use this subject"));
    }

    @Test
    void deletes() throws Exception {
        api.expect(path("/api/subjects/3")).andExpect(method(HttpMethod.DELETE)).andRespond(withNoContent());
        mvc.perform(post("/subjects/3/delete").with(Users.admin()).with(csrf()))
                .andExpect(flash().attribute("success", "flash.deleted"));
        api.verify();
    }

    @Test
    void anUnreachableApiGivesAReadablePageNotAStackTrace() throws Exception {
        api.expect(path("/api/subjects")).andRespond(withException(new ConnectException("Connection refused")));

        mvc.perform(get("/subjects").with(Users.admin()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("cannot be reached right now")))
                .andExpect(content().string(not(containsString("Exception"))));
    }
}

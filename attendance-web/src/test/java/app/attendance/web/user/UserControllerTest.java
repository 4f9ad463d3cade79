package app.attendance.web.user;

import static app.attendance.web.support.Api.json;
import static app.attendance.web.support.Api.page;
import static app.attendance.web.support.Api.path;
import static app.attendance.web.support.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.queryParam;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.test.web.client.response.MockRestResponseCreators;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class UserControllerTest {

    static final String LAN = """
            {"id":12,"username":"lan","role":"TEACHER","displayName":"Nguyễn Thị Lan","teacherId":3,"studentId":null,"enabled":true}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    @Test
    void theListSearchesAndPages() throws Exception {
        api.expect(path("/api/users")).andExpect(queryParam("q", "lan")).andExpect(queryParam("page", "1"))
                .andRespond(json("{\"content\":[" + LAN + "],\"page\":1,\"size\":20,\"totalElements\":41,\"totalPages\":3}"));
        mvc.perform(get("/users").param("q", "lan").param("page", "1").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Thị Lan")))
                .andExpect(content().string(containsString("Teacher")))
                .andExpect(content().string(containsString("href=\"/users?q=lan&amp;page=2\"")))
                .andExpect(content().string(containsString("href=\"/users/12/password?username=lan\"")));
        api.verify();
    }

    @Test
    void aStudentsSignInIsLinkedByTheirStudentCode() throws Exception {
        api.expect(path("/api/students")).andExpect(queryParam("q", "hs005"))
                .andRespond(page("[{\"id\":5,\"studentCode\":\"HS005\",\"fullName\":\"Trần Minh Anh\",\"consentGiven\":true}]"));
        api.expect(path("/api/users")).andExpect(method(HttpMethod.POST))
                .andExpect(Api.body("""
                        {"username":"minhanh","password":"s3cret-pass","role":"STUDENT","teacherId":null,"studentId":5,"enabled":true}"""))
                .andRespond(json("{\"id\":20,\"username\":\"minhanh\",\"role\":\"STUDENT\",\"studentId\":5,\"enabled\":true}"));
        mvc.perform(post("/users").param("username", "minhanh").param("password", "s3cret-pass").param("role", "STUDENT")
                        .param("teacherId", "3").param("studentCode", " hs005 ").param("enabled", "true")
                        .with(Users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/users?q=minhanh"))
                .andExpect(flash().attribute("success", "user.created"));
        api.verify();
    }

    @Test
    void anUnknownStudentCodeIsExplainedNextToTheField() throws Exception {
        api.expect(path("/api/students")).andRespond(page("[]"));
        api.expect(path("/api/teachers")).andRespond(page("[]"));
        mvc.perform(post("/users").param("username", "minhanh").param("password", "s3cret-pass").param("role", "STUDENT")
                        .param("studentCode", "HS999").with(Users.admin()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no student with the code HS999.")));
        api.verify();
    }

    @Test
    void aTakenUsernameAndAShortPasswordAreShownOnTheForm() throws Exception {
        api.expect(path("/api/teachers")).andRespond(page("[]"));
        mvc.perform(post("/users").param("username", "lan").param("password", "short").param("role", "TEACHER")
                        .with(Users.admin()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"password-error\" class=\"invalid-feedback\">")))
                .andExpect(content().string(containsString("Choose the teacher this sign-in belongs to.")));
        api.verify();

        api.reset();
        api.expect(path("/api/users")).andRespond(problem(HttpStatus.CONFLICT,
                "{\"status\":409,\"code\":\"conflict\",\"field\":\"username\",\"detail\":\"username 'lan' is already used\"}"));
        api.expect(path("/api/teachers")).andRespond(page("[]"));
        mvc.perform(post("/users").param("username", "lan").param("password", "long-enough").param("role", "TEACHER")
                        .param("teacherId", "3").with(Users.admin()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<div id=\"username-error\" class=\"invalid-feedback\">username &#39;lan&#39; is already used</div>")));
        api.verify();
    }

    @Test
    void disablingSendsTheUserBackWithEnabledFalse() throws Exception {
        api.expect(path("/api/users/12")).andExpect(method(HttpMethod.PUT))
                .andExpect(Api.body("{\"username\":\"lan\",\"role\":\"TEACHER\",\"teacherId\":3,\"studentId\":null,\"enabled\":false}"))
                .andRespond(json(LAN.replace("true", "false")));
        mvc.perform(post("/users/12/enabled").param("username", "lan").param("role", "TEACHER").param("teacherId", "3")
                        .param("studentId", "").param("enabled", "false").with(Users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("success", "user.disabledNow"));
        api.verify();
    }

    @Test
    void theLastAdminCannotBeDisabled() throws Exception {
        api.expect(path("/api/users/1")).andRespond(problem(HttpStatus.CONFLICT,
                "{\"status\":409,\"code\":\"last-admin\",\"detail\":\"The last enabled admin cannot be removed\"}"));
        mvc.perform(post("/users/1/enabled").param("username", "admin").param("role", "ADMIN").param("enabled", "false")
                        .with(Users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("error", "The last enabled admin cannot be removed"));
    }

    @Test
    void aNewPasswordIsSentAndConfirmed() throws Exception {
        api.expect(path("/api/users/12/password")).andExpect(method(HttpMethod.POST))
                .andExpect(Api.body("{\"password\":\"new-secret-1\"}"))
                .andRespond(MockRestResponseCreators.withNoContent());
        mvc.perform(post("/users/12/password").param("username", "lan").param("password", "new-secret-1")
                        .with(Users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("success", "user.passwordChanged"));
        api.verify();
    }

    @Test
    void thePasswordPageNamesTheUserAndRejectsAShortPassword() throws Exception {
        mvc.perform(get("/users/12/password").param("username", "lan").with(Users.admin()))
                .andExpect(content().string(containsString("New password for lan")));
        mvc.perform(post("/users/12/password").param("username", "lan").param("password", "short")
                        .with(Users.admin()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"form-control is-invalid\"")));
        api.verify();
    }

    @Test
    void onlyAdminsManageUsers() throws Exception {
        mvc.perform(get("/users").with(Users.teacher(3))).andExpect(status().isForbidden());
        mvc.perform(post("/users/12/password").param("password", "new-secret-1").with(Users.teacher(3)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}

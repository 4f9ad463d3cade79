package app.attendance.web.user;

import static app.attendance.web.support.Api.json;
import static app.attendance.web.support.Api.page;
import static app.attendance.web.support.Api.path;
import static app.attendance.web.support.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.queryParam;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.response.MockRestResponseCreators;
import org.springframework.test.web.servlet.MockMvc;

/** The user pages against a mocked attendance-api: list, create, edit, enable/disable, password, delete. */
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
                .andRespond(json("{\"content\":[" + LAN
                        + "],\"page\":1,\"size\":20,\"totalElements\":41,\"totalPages\":3}"));
        mvc.perform(get("/users").param("q", "lan").param("page", "1").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Thị Lan")))
                .andExpect(content().string(containsString("Teacher")))
                .andExpect(content().string(containsString("href=\"/users?q=lan&amp;page=2\"")))
                .andExpect(content().string(containsString("href=\"/users/12/password?username=lan\"")))
                .andExpect(content().string(containsString("href=\"/users/12/edit\"")))
                .andExpect(content().string(containsString("action=\"/users/12/delete\"")))
                .andExpect(content().string(containsString(
                        "data-confirm=\"Delete the sign-in lan? The teacher or student it belongs to is kept.")));
        api.verify();
    }

    @Test
    void aStudentsSignInIsLinkedByTheirStudentCode() throws Exception {
        api.expect(path("/api/students")).andExpect(queryParam("q", "hs005"))
                .andRespond(page(
                        "[{\"id\":5,\"studentCode\":\"HS005\",\"fullName\":\"Trần Minh Anh\",\"consentGiven\":true}]"));
        api.expect(path("/api/users")).andExpect(method(HttpMethod.POST))
                .andExpect(Api.body(
                        """
                        {"username":"minhanh","password":"s3cret-pass","role":"STUDENT","teacherId":null,"studentId":5,"enabled":true}"""))
                .andRespond(json(
                        "{\"id\":20,\"username\":\"minhanh\",\"role\":\"STUDENT\",\"studentId\":5,\"enabled\":true}"));
        mvc.perform(post("/users").param("username", "minhanh").param("password", "s3cret-pass").param("role",
                "STUDENT")
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
        mvc.perform(post("/users").param("username", "minhanh").param("password", "s3cret-pass").param("role",
                "STUDENT")
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
                .andExpect(content().string(containsString(
                        "id=\"password-error\" class=\"invalid-feedback\">Use 8 to 200 characters.</div>")))
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
                .andExpect(Api.body(
                        "{\"username\":\"lan\",\"role\":\"TEACHER\",\"teacherId\":3,\"studentId\":null,\"enabled\":false}"))
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

    static final String TEACHERS = """
            [{"id":3,"employeeCode":"GV003","fullName":"Nguyễn Thị Lan"},{"id":4,"employeeCode":"GV004","fullName":"Lê Văn Hùng"}]""";

    @Test
    void theEditFormIsPrefilledFromTheApiAndHasNoPasswordField() throws Exception {
        api.expect(path("/api/users/12")).andExpect(method(HttpMethod.GET)).andRespond(json(LAN));
        api.expect(path("/api/teachers")).andRespond(page(TEACHERS));
        mvc.perform(get("/users/12/edit").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Edit user</h1>")))
                .andExpect(content().string(containsString("action=\"/users/12\"")))
                .andExpect(content().string(containsString("name=\"username\" value=\"lan\"")))
                .andExpect(content().string(containsString(
                        "<option value=\"TEACHER\" selected=\"selected\">Teacher</option>")))
                .andExpect(content().string(containsString(
                        "<option value=\"3\" selected=\"selected\">Nguyễn Thị Lan (GV003)</option>")))
                .andExpect(content().string(containsString("name=\"enabled\" value=\"true\" checked=\"checked\"")))
                .andExpect(content().string(containsString("href=\"/users/12/password?username=lan\"")))
                .andExpect(content().string(not(containsString("name=\"password\""))));
        api.verify();
    }

    @Test
    void aStudentsSignInIsEditedWithTheirStudentCode() throws Exception {
        api.expect(path("/api/users/20")).andRespond(json(
                """
                {"id":20,"username":"minhanh","role":"STUDENT","displayName":"Trần Minh Anh","teacherId":null,"studentId":5,"enabled":false}"""));
        api.expect(path("/api/students/5")).andRespond(json("""
                {"id":5,"studentCode":"HS005","fullName":"Trần Minh Anh","consentGiven":true}"""));
        api.expect(path("/api/teachers")).andRespond(page("[]"));
        mvc.perform(get("/users/20/edit").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<option value=\"STUDENT\" selected=\"selected\">Student</option>")))
                .andExpect(content().string(containsString("name=\"studentCode\" value=\"HS005\"")))
                .andExpect(content().string(not(containsString("checked=\"checked\""))));
        api.verify();
    }

    @Test
    void anUnknownUserIsNotFound() throws Exception {
        api.expect(path("/api/users/99")).andRespond(problem(HttpStatus.NOT_FOUND,
                "{\"status\":404,\"code\":\"not-found\",\"detail\":\"user 99 does not exist\"}"));
        mvc.perform(get("/users/99/edit").with(Users.admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("userForm"))));
        api.verify();
    }

    @Test
    void savingAnEditPutsTheUserWithoutAPasswordAndGoesBackToTheList() throws Exception {
        api.expect(path("/api/users/12")).andExpect(method(HttpMethod.PUT))
                .andExpect(Api.body("""
                        {"username":"lan.nguyen","role":"TEACHER","teacherId":4,"studentId":null,"enabled":false}"""))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andRespond(json(LAN.replace("\"lan\"", "\"lan.nguyen\"")));
        mvc.perform(post("/users/12").param("username", "lan.nguyen").param("role", "TEACHER").param("teacherId", "4")
                .param("studentCode", "HS005").param("_enabled", "on").with(Users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/users?q=lan.nguyen"))
                .andExpect(flash().attribute("success", "user.saved"));
        api.verify();
    }

    @Test
    void theApisFieldErrorsAppearNextToTheEditedFields() throws Exception {
        api.expect(path("/api/users/12")).andExpect(method(HttpMethod.PUT)).andRespond(problem(HttpStatus.BAD_REQUEST, """
                {"status":400,"code":"validation","detail":"teacherId: 77 does not exist",
                 "errors":[{"field":"teacherId","message":"77 does not exist"}]}"""));
        api.expect(path("/api/teachers")).andRespond(page(TEACHERS));
        mvc.perform(post("/users/12").param("username", "lan").param("role", "TEACHER").param("teacherId", "77")
                .param("enabled", "true").with(Users.admin()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Edit user</h1>")))
                .andExpect(content().string(containsString("action=\"/users/12\"")))
                .andExpect(content().string(containsString(
                        "<div id=\"teacherId-error\" class=\"invalid-feedback\">77 does not exist</div>")))
                .andExpect(content().string(not(containsString("name=\"password\""))));
        api.verify();
    }

    @Test
    void anEditIsCheckedBeforeTheApiIsAsked() throws Exception {
        api.expect(path("/api/teachers")).andRespond(page(TEACHERS));
        mvc.perform(post("/users/12").param("username", "x").param("role", "TEACHER")
                .with(Users.admin()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"username\" class=\"form-control is-invalid\"")))
                .andExpect(content().string(containsString("Choose the teacher this sign-in belongs to.")));
        api.verify();
    }

    @Test
    void deletesAUser() throws Exception {
        api.expect(path("/api/users/12")).andExpect(method(HttpMethod.DELETE)).andRespond(withNoContent());
        mvc.perform(post("/users/12/delete").with(Users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("success", "flash.deleted"));
        api.verify();
    }

    @Test
    void aRefusedDeleteShowsTheApisReason() throws Exception {
        api.expect(path("/api/users/1")).andExpect(method(HttpMethod.DELETE)).andRespond(problem(HttpStatus.CONFLICT,
                """
                {"status":409,"code":"self-delete","detail":"You cannot delete your own account; another admin has to do it"}"""));
        mvc.perform(post("/users/1/delete").with(Users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("error", "You cannot delete your own account; another admin has to do it"))
                .andExpect(flash().attribute("success", (Object) null));
        api.verify();
    }

    @Test
    void deletingNeedsTheCsrfTokenAndAnAdmin() throws Exception {
        mvc.perform(post("/users/12/delete").with(Users.admin())).andExpect(status().isForbidden());
        mvc.perform(post("/users/12/delete").with(Users.teacher(3)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/users/12/edit").with(Users.teacher(3))).andExpect(status().isForbidden());
        api.verify();
    }

    @Test
    void onlyAdminsManageUsers() throws Exception {
        mvc.perform(get("/users").with(Users.teacher(3))).andExpect(status().isForbidden());
        mvc.perform(post("/users/12/password").param("password", "new-secret-1").with(Users.teacher(3)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}

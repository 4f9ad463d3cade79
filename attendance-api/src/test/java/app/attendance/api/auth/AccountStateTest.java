package app.attendance.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import app.attendance.api.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13, defects 2 and 4: an access token stops working at once when its account is disabled,
 * deleted, given another role or a new password (also through the teacher and student forms), and
 * such a password change also ends the account's refresh tokens.
 */
class AccountStateTest extends ApiTestBase {

    private static final String PASSWORD = "long-enough-pw";

    @Test
    void aDisabledAdminsTokenCannotReEnableItselfNorTouchOthers() throws Exception {
        String name = TestData.unique("admin");
        long id = createAdmin(name);
        String token = api.bearer(name, PASSWORD);
        getAs(token, "/api/users/" + id).andExpect(status().isOk()); // the account state is now cached

        putAs(admin, "/api/users/" + id, update(name, "ADMIN", null, false)).andExpect(status().isOk());

        expect401(putAs(token, "/api/users/" + id, update(name, "ADMIN", null, true)));
        long realAdmin = userId("admin");
        expect401(putAs(token, "/api/users/" + realAdmin, update("admin", "ADMIN", null, false)));
        assertThat(count("select count(*) from users where id in (?, ?) and enabled", id, realAdmin)).isEqualTo(1);
        deleteAs(admin, "/api/users/" + id).andExpect(status().isNoContent());
    }

    @Test
    void aDeletedAdminsTokenCannotCreateAnAdmin() throws Exception {
        String name = TestData.unique("admin");
        long id = createAdmin(name);
        String token = api.bearer(name, PASSWORD);
        getAs(token, "/api/users/" + id).andExpect(status().isOk());

        deleteAs(admin, "/api/users/" + id).andExpect(status().isNoContent());

        String other = TestData.unique("admin");
        expect401(postAs(token, "/api/users", "{\"username\":\"" + other + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"ADMIN\"}"));
        assertThat(count("select count(*) from users where username = ?", other)).isZero();
    }

    @Test
    void aDemotedAdminLosesAdminRightsAtOnce() throws Exception {
        String name = TestData.unique("admin");
        long id = createAdmin(name);
        String token = api.bearer(name, PASSWORD);
        getAs(token, "/api/users").andExpect(status().isOk());

        long teacher = data.teacher();
        putAs(admin, "/api/users/" + id, update(name, "TEACHER", teacher, true)).andExpect(status().isOk());

        expect401(getAs(token, "/api/users"));
        String again = api.bearer(name, PASSWORD); // signing in again gives the new role
        getAs(again, "/api/users").andExpect(status().isForbidden());
        getAs(again, "/api/teachers/" + teacher).andExpect(status().isOk());
        deleteAs(admin, "/api/users/" + id).andExpect(status().isNoContent());
    }

    @Test
    void aPasswordChangeEndsTheOldTokens() throws Exception {
        String name = TestData.unique("admin");
        long id = createAdmin(name);
        JsonNode old = api.login(name, PASSWORD);

        postAs(admin, "/api/users/" + id + "/password", "{\"password\":\"another-long-pw\"}")
                .andExpect(status().is2xxSuccessful());

        expect401(getAs("Bearer " + old.get("accessToken").asString(), "/api/users"));
        expect401(refresh(old.get("refreshToken").asString()));
        deleteAs(admin, "/api/users/" + id).andExpect(status().isNoContent());
    }

    @Test
    void aPasswordSetThroughTheTeacherFormEndsTheOldTokens() throws Exception {
        long teacher = data.teacher();
        String code = jdbc.sql("select employee_code from teachers where id = :id").param("id", teacher)
                .query(String.class).single();
        String name = TestData.unique("teacher");
        String form = "{\"employeeCode\":\"" + code + "\",\"fullName\":\"Form Teacher\",\"username\":\"" + name
                + "\",\"password\":\"%s\"}";
        putAs(admin, "/api/teachers/" + teacher, form.formatted(PASSWORD)).andExpect(status().isOk());
        JsonNode old = api.login(name, PASSWORD);
        getAs("Bearer " + old.get("accessToken").asString(), "/api/teachers/" + teacher).andExpect(status().isOk());

        putAs(admin, "/api/teachers/" + teacher, form.formatted("a-new-long-pw")).andExpect(status().isOk());

        expect401(refresh(old.get("refreshToken").asString()));
        expect401(getAs("Bearer " + old.get("accessToken").asString(), "/api/teachers/" + teacher));
        api.login(name, "a-new-long-pw");
    }

    @Test
    void aPasswordSetThroughTheStudentFormEndsTheOldTokens() throws Exception {
        long schoolClass = data.schoolClass(null);
        long student = data.student(schoolClass);
        String code = jdbc.sql("select student_code from students where id = :id").param("id", student)
                .query(String.class).single();
        String name = TestData.unique("student");
        String form = "{\"studentCode\":\"" + code + "\",\"fullName\":\"Form Student\",\"classId\":" + schoolClass
                + ",\"username\":\"" + name + "\",\"password\":\"%s\"}";
        putAs(admin, "/api/students/" + student, form.formatted(PASSWORD)).andExpect(status().isOk());
        JsonNode old = api.login(name, PASSWORD);

        putAs(admin, "/api/students/" + student, form.formatted("a-new-long-pw")).andExpect(status().isOk());

        expect401(refresh(old.get("refreshToken").asString()));
        expect401(getAs("Bearer " + old.get("accessToken").asString(), "/api/students/" + student));
        api.login(name, "a-new-long-pw");
    }

    @Test
    void deletingATeacherOrStudentEndsTheirLoginsTokensAtOnce() throws Exception {
        long teacher = data.teacher();
        String teacherToken = api.teacher(teacher);
        getAs(teacherToken, "/api/teachers/" + teacher).andExpect(status().isOk());
        long student = data.student(data.schoolClass(null));
        String studentToken = api.student(student);
        getAs(studentToken, "/api/students/" + student).andExpect(status().isOk());

        deleteAs(admin, "/api/teachers/" + teacher).andExpect(status().isNoContent());
        deleteAs(admin, "/api/students/" + student).andExpect(status().isNoContent());

        expect401(getAs(teacherToken, "/api/teachers"));
        expect401(getAs(studentToken, "/api/students/" + student));
    }

    @Test
    void savingTheTeacherFormWithoutAPasswordKeepsTheSession() throws Exception {
        long teacher = data.teacher();
        String code = jdbc.sql("select employee_code from teachers where id = :id").param("id", teacher)
                .query(String.class).single();
        String name = TestData.unique("teacher");
        putAs(admin, "/api/teachers/" + teacher, "{\"employeeCode\":\"" + code + "\",\"fullName\":\"Form Teacher\","
                + "\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}").andExpect(status().isOk());
        JsonNode old = api.login(name, PASSWORD);

        putAs(admin, "/api/teachers/" + teacher, "{\"employeeCode\":\"" + code + "\",\"fullName\":\"Renamed Teacher\","
                + "\"username\":\"" + name + "\"}").andExpect(status().isOk());

        getAs("Bearer " + old.get("accessToken").asString(), "/api/teachers/" + teacher).andExpect(status().isOk());
        refresh(old.get("refreshToken").asString()).andExpect(status().isOk());
    }

    private ResultActions refresh(String token) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON).content("{\"refreshToken\":\"" + token + "\"}"));
    }

    private static void expect401(ResultActions result) throws Exception {
        result.andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    private long createAdmin(String name) throws Exception {
        return body(postAs(admin, "/api/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"ADMIN\"}").andExpect(status().isCreated())).get("id").asLong();
    }

    private long userId(String username) {
        return jdbc.sql("select id from users where username = :u").param("u", username).query(Long.class).single();
    }

    private static String update(String username, String role, Long teacherId, boolean enabled) {
        return "{\"username\":\"" + username + "\",\"role\":\"" + role + "\",\"teacherId\":" + teacherId
                + ",\"enabled\":" + enabled + "}";
    }
}

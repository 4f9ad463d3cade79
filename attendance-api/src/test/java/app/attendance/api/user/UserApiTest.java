package app.attendance.api.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import app.attendance.api.support.TestData;
import org.junit.jupiter.api.Test;

/** Users end to end: read by id, deleted by another admin but never by themselves, linked records stay. */
class UserApiTest extends ApiTestBase {

    private static final String PASSWORD = "long-enough-pw";

    @Test
    void anAdminCannotDeleteTheirOwnLoginButAnotherAdminCan() throws Exception {
        String name = TestData.unique("admin");
        long id = body(postAs(admin, "/api/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"ADMIN\"}").andExpect(status().isCreated())).get("id").asLong();
        getAs(admin, "/api/users/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(name))
                .andExpect(jsonPath("$.role").value("ADMIN"))
                .andExpect(jsonPath("$.enabled").value(true));

        String self = api.bearer(name, PASSWORD);
        deleteAs(self, "/api/users/" + id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("self-delete"))
                .andExpect(jsonPath("$.detail").value(
                        "You cannot delete your own account; another admin has to do it"));
        assertThat(count("select count(*) from users where id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from refresh_tokens where user_id = ?", id)).isEqualTo(1);

        deleteAs(admin, "/api/users/" + id).andExpect(status().isNoContent());
        getAs(admin, "/api/users/" + id).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        assertThat(count("select count(*) from refresh_tokens where user_id = ?", id)).isZero();
    }

    @Test
    void deletingATeachersLoginKeepsTheTeacher() throws Exception {
        long teacher = data.teacher();
        long id = body(postAs(admin, "/api/users", "{\"username\":\"" + TestData.unique("t") + "\",\"password\":\""
                + PASSWORD + "\",\"role\":\"TEACHER\",\"teacherId\":" + teacher + "}")
                .andExpect(status().isCreated())).get("id").asLong();
        getAs(admin, "/api/users/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.teacherId").value(teacher));

        deleteAs(admin, "/api/users/" + id).andExpect(status().isNoContent());
        assertThat(count("select count(*) from users where id = ?", id)).isZero();
        assertThat(count("select count(*) from teachers where id = ?", teacher)).isEqualTo(1);
    }
}

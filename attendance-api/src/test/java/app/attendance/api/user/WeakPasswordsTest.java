package app.attendance.api.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import app.attendance.api.support.TestData;
import org.junit.jupiter.api.Test;

/** Passwords every attacker tries first, or the username itself, are refused with a 400 on the field. */
class WeakPasswordsTest extends ApiTestBase {

    @Test
    void commonPasswordsAndTheUsernameAreRefused() throws Exception {
        String name = TestData.unique("weak");
        for (String weak : new String[] {"password", "12345678", "PassWord1", "aaaaaaaaaa", name}) {
            postAs(admin, "/api/users", "{\"username\":\"" + name + "\",\"password\":\"" + weak
                    + "\",\"role\":\"ADMIN\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("password"));
        }
        assertThat(count("select count(*) from users where username = ?", name)).isZero();
        long id = body(postAs(admin, "/api/users", "{\"username\":\"" + name
                + "\",\"password\":\"plain-but-fine-9\",\"role\":\"ADMIN\"}").andExpect(status().isCreated()))
                .get("id").asLong();
        postAs(admin, "/api/users/" + id + "/password", "{\"password\":\"qwertyuiop\"}")
                .andExpect(status().isBadRequest());
        deleteAs(admin, "/api/users/" + id).andExpect(status().isNoContent());
    }

    @Test
    void thePolicySaysWhy() {
        assertThat(PasswordPolicy.problem("anna", "ANNA")).contains("username");
        assertThat(PasswordPolicy.problem("anna", "iloveyou")).contains("common");
        assertThat(PasswordPolicy.problem("anna", "zzzzzzzz")).contains("repeated");
        assertThat(PasswordPolicy.problem("anna", "correct horse battery")).isNull();
    }
}

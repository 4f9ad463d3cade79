package app.attendance.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.TestData;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Single sign-on with {@code ATTENDANCE_OIDC_CREATE_DISABLED=true}: an unknown account is recorded as a
 * disabled STUDENT login without a student (no usable role) and refused with 403
 * {@code oidc-account-pending}; signing in again before an admin enables it is refused as disabled.
 */
@TestPropertySource(properties = "attendance.oidc.create-disabled=true")
class OidcPendingAccountTest extends OidcSignInTest {

    @Test
    void anUnknownAccountIsCreatedDisabledWithoutARoleToUse() throws Exception {
        String email = TestData.unique("new") + "@school.test";
        signIn(email).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("oidc-account-pending"));

        Map<String, Object> user = jdbc.sql(
                "select role, enabled, teacher_id, student_id from users where username = :u")
                .param("u", email).query().singleRow();
        assertThat(user.get("role")).isEqualTo("STUDENT");
        assertThat(user.get("enabled")).isEqualTo(false);
        assertThat(user.get("teacher_id")).isNull();
        assertThat(user.get("student_id")).isNull();

        signIn(email).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("account-disabled"));
        assertThat(jdbc.sql("select count(*) from users where username = :u").param("u", email).query(Long.class)
                .single()).isEqualTo(1);
    }
}

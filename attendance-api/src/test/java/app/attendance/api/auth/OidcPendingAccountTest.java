package app.attendance.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.IntegrationTest;
import app.attendance.api.support.TestClockConfig;
import app.attendance.api.support.TestData;
import app.attendance.oidc.TestIssuer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Single sign-on with {@code ATTENDANCE_OIDC_CREATE_DISABLED=true}: an unknown account is recorded as a
 * disabled STUDENT login without a student (no usable role) and refused with 403
 * {@code oidc-account-pending}; signing in again before an admin enables it is refused as disabled.
 */
@SpringBootTest(properties = {
        "attendance.admin.username=admin",
        "attendance.admin.password=admin-password-for-tests",
        "attendance.zone=Europe/Berlin",
        "attendance.auth.web-client-secret=" + IntegrationTest.WEB_CLIENT_SECRET,
        "attendance.oidc.client-id=attendance-web",
        "attendance.oidc.create-disabled=true"})
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
class OidcPendingAccountTest {

    static final TestIssuer ISSUER = new TestIssuer();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("attendance.oidc.issuer", ISSUER::issuer);
    }

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

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

    private ResultActions signIn(String email) throws Exception {
        String nonce = UUID.randomUUID().toString();
        String token = ISSUER.sign(ISSUER.claims("attendance-web", nonce).claim("email", email)
                .claim("email_verified", true));
        return mvc.perform(post("/api/auth/oidc").contentType(MediaType.APPLICATION_JSON)
                .header(ClientAddresses.PROOF_HEADER, IntegrationTest.WEB_CLIENT_SECRET)
                .content(json.writeValueAsString(Map.of("idToken", token, "nonce", nonce))));
    }
}

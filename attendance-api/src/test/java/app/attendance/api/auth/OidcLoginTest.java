package app.attendance.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.TestData;
import app.attendance.oidc.TestIssuer;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Single sign-on (issue 15): ID tokens from a real issuer on a loopback port, whose published key the
 * API fetches over HTTP. Valid tokens sign in the account whose username or teacher e-mail the token
 * names; forged, expired, foreign-audience and replayed (wrong nonce) tokens are refused with 401,
 * unknown and disabled accounts with 403. Password sign-in is off in this context except for the
 * break-glass admin. Real PostgreSQL, no mocks.
 */
@TestPropertySource(properties = {"attendance.oidc.allowed-domains=school.test, other.test",
        "attendance.password-login.enabled=false"})
class OidcLoginTest extends OidcSignInTest {

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aValidIdTokenSignsInTheTeacherWithThatEmail() throws Exception {
        String email = teacherWithLogin(true);
        String nonce = nonce();
        JsonNode tokens = body(oidc(ISSUER.sign(verified(ISSUER.claims(CLIENT_ID, nonce), email)), nonce)
                .andExpect(status().isOk()));

        assertThat(tokens.get("user").get("role").asString()).isEqualTo("TEACHER");
        assertThat(tokens.get("refreshToken").asString()).isNotBlank();
        mvc.perform(get("/api/auth/me").header("Authorization", "Bearer " + tokens.get("accessToken").asString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.role").value("TEACHER"));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LOGIN' and reason like :r")
                .param("r", "%" + email).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        String email = teacherWithLogin(true);
        String nonce = nonce();
        oidc(ISSUER.forge(verified(ISSUER.claims(CLIENT_ID, nonce), email)), nonce)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("oidc-token-invalid"))
                .andExpect(jsonPath("$.detail").value(
                        "The ID token is malformed or not signed by one of the provider's keys"));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String email = teacherWithLogin(true);
        String nonce = nonce();
        Instant issued = Instant.now().minusSeconds(3600);
        JWTClaimsSet claims = verified(ISSUER.claims(CLIENT_ID, nonce), email).issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plusSeconds(600))).build();
        oidc(ISSUER.sign(claims), nonce).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("oidc-token-invalid"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Jwt expired at")));
    }

    @Test
    void aTokenForAnotherClientIsRefused() throws Exception {
        String email = teacherWithLogin(true);
        String nonce = nonce();
        oidc(ISSUER.sign(verified(ISSUER.claims("some-other-app", nonce), email)), nonce)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(
                        "The ID token was issued for another client (aud [some-other-app])"));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        String email = teacherWithLogin(true);
        String nonce = nonce();
        oidc(ISSUER.sign(verified(ISSUER.claims(CLIENT_ID, nonce), email).issuer("https://evil.test").build()), nonce)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("oidc-token-invalid"));
    }

    @Test
    void aTokenOfAnotherSignInIsRefused() throws Exception {
        String email = teacherWithLogin(true);
        String nonce = nonce();
        String token = ISSUER.sign(verified(ISSUER.claims(CLIENT_ID, nonce), email));
        oidc(token, nonce()).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The ID token's nonce does not belong to this sign-in"));
        // Sending the token's own nonce claim does not help: the API wants the value whose hash it is.
        oidc(token, TestIssuer.hash(nonce)).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyTheWebAppMayExchangeATokenAndBadBodiesAre400() throws Exception {
        String email = teacherWithLogin(true);
        String nonce = nonce();
        String token = ISSUER.sign(verified(ISSUER.claims(CLIENT_ID, nonce), email));
        mvc.perform(post("/api/auth/oidc").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("idToken", token, "nonce", nonce))))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("web-client-required"));
        oidc("", nonce).andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownAccountIsRefusedAndNothingIsCreated() throws Exception {
        String email = TestData.unique("nobody") + "@school.test";
        signIn(email)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("oidc-unknown-account"));
        assertThat(jdbc.sql("select count(*) from users where lower(username) = lower(:u)").param("u", email)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDisabledAccountIsRefused() throws Exception {
        String email = teacherWithLogin(false);
        signIn(email)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("account-disabled"));
    }

    @Test
    void anUnverifiedEmailOrADomainNotAllowedIsRefused() throws Exception {
        String email = teacherWithLogin(true);
        String nonce = nonce();
        oidc(ISSUER.sign(ISSUER.claims(CLIENT_ID, nonce).claim("email", email).claim("email_verified", false)
                .build()), nonce)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("oidc-email-unverified"));

        String outsider = TestData.unique("t") + "@elsewhere.test";
        jdbc.sql("update teachers set email = :e where email = :old").param("e", outsider).param("old", email)
                .update();
        String second = nonce();
        oidc(ISSUER.sign(verified(ISSUER.claims(CLIENT_ID, second), outsider)), second)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("oidc-domain-not-allowed"));
    }

    @Test
    void aUsernameClaimMatchesTheUsernameToo() throws Exception {
        String username = TestData.unique("admin2") + "@other.test";
        jdbc.sql("insert into users (username, password_hash, role) values (:u, :p, 'ADMIN')").param("u", username)
                .param("p", passwords.encode(UUID.randomUUID().toString())).update();
        String nonce = nonce();
        oidc(ISSUER.sign(verified(ISSUER.claims(CLIENT_ID, nonce), username.toUpperCase())), nonce)
                .andExpect(status().isOk()).andExpect(jsonPath("$.user.role").value("ADMIN"));
    }

    @Test
    void withPasswordsOffOnlyTheBreakGlassAdminSignsInWithAPassword() throws Exception {
        String email = teacherWithLogin(true);
        String username = jdbc.sql("select u.username from users u join teachers t on t.id = u.teacher_id"
                + " where t.email = :e").param("e", email).query(String.class).single();
        password(username, "pw-teacher").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("password-login-disabled"));
        password("admin", "admin-password-for-tests").andExpect(status().isOk());
    }

    private String teacherWithLogin(boolean enabled) {
        String email = TestData.unique("teacher") + "@school.test";
        long teacher = jdbc.sql("insert into teachers (employee_code, full_name, email) values (:c, :n, :e)"
                + " returning id").param("c", TestData.unique("T")).param("n", "Tran Thi Lan")
                .param("e", email).query(Long.class).single();
        jdbc.sql("insert into users (username, password_hash, role, teacher_id, enabled) values (:u, :p, 'TEACHER',"
                + " :t, :en)").param("u", TestData.unique("lan")).param("p", passwords.encode("pw-teacher"))
                .param("t", teacher).param("en", enabled).update();
        return email;
    }

    private ResultActions password(String username, String password) throws Exception {
        return mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("username", username, "password", password))));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}

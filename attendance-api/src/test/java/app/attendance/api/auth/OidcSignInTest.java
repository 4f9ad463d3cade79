package app.attendance.api.auth;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.attendance.api.support.IntegrationTest;
import app.attendance.api.support.TestClockConfig;
import app.attendance.oidc.TestIssuer;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the single sign-on tests share: a real issuer on a loopback port that the API is configured to trust
 * (one for the whole test run; it stops with the JVM), the web app's client id, and {@code POST /api/auth/oidc}
 * as the web app sends it. Subclasses add their own properties with {@link TestPropertySource}.
 */
@SpringBootTest
@TestPropertySource(properties = {
        "attendance.admin.username=admin",
        "attendance.admin.password=admin-password-for-tests",
        "attendance.zone=Europe/Berlin",
        "attendance.auth.web-client-secret=" + IntegrationTest.WEB_CLIENT_SECRET,
        "attendance.oidc.client-id=" + OidcSignInTest.CLIENT_ID})
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
abstract class OidcSignInTest {

    static final String CLIENT_ID = "attendance-web";
    static final TestIssuer ISSUER = new TestIssuer();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("attendance.oidc.issuer", ISSUER::issuer);
    }

    /** Claims that name {@code email} as a verified address. */
    static JWTClaimsSet.Builder verified(JWTClaimsSet.Builder claims, String email) {
        return claims.claim("email", email).claim("email_verified", true);
    }

    static String nonce() {
        return UUID.randomUUID().toString();
    }

    /** Signs in with a valid, verified token for {@code email}. */
    ResultActions signIn(String email) throws Exception {
        String nonce = nonce();
        return oidc(ISSUER.sign(verified(ISSUER.claims(CLIENT_ID, nonce), email)), nonce);
    }

    /** Exchanges an ID token as the web app does, proving itself and naming the browser's address. */
    ResultActions oidc(String idToken, String nonce) throws Exception {
        return mvc.perform(post("/api/auth/oidc").contentType(MediaType.APPLICATION_JSON)
                .header(ClientAddresses.PROOF_HEADER, IntegrationTest.WEB_CLIENT_SECRET)
                .header(ClientAddresses.CLIENT_HEADER, "10.88.0.1")
                .content(json.writeValueAsString(Map.of("idToken", idToken, "nonce", nonce))));
    }
}

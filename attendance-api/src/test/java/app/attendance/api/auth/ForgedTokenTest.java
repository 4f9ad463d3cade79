package app.attendance.api.auth;

import app.attendance.api.user.CurrentUser;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Instant;
import java.util.function.Consumer;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Access tokens signed with the API's real key but not shaped as the API issues them: another
 * issuer, none, no expiry, a missing or malformed {@code uid} or {@code role}. Each is refused
 * with a 401 ProblemDetail and {@code WWW-Authenticate}, never a 500 or a half-authenticated call.
 */
class ForgedTokenTest extends ApiTestBase {

    @Autowired
    SecretKey jwtKey;
    @Autowired
    AuthProperties props;

    @Test
    void aTokenShapedAsIssuedIsAccepted() throws Exception {
        getAs(token(c -> {
        }), "/api/auth/me").andExpect(status().isOk());
        getAs(token(c -> {
        }), "/api/users").andExpect(status().isOk());
    }

    @Test
    void aTokenOfAnotherIssuerOrNoneIsRefused() throws Exception {
        expect401(getAs(token(c -> c.issuer("someone-else")), "/api/users"));
        expect401(getAs(token(c -> c.claims(m -> m.remove("iss"))), "/api/users"));
    }

    @Test
    void aTokenWithoutExpiryIsRefused() throws Exception {
        expect401(getAs(token(c -> c.claims(m -> m.remove("exp"))), "/api/users"));
    }

    @Test
    void aTokenWithoutOrWithAMalformedRoleIsRefused() throws Exception {
        expect401(getAs(token(c -> c.claims(m -> m.remove(CurrentUser.ROLE))), "/api/auth/me"));
        expect401(getAs(token(c -> c.claim(CurrentUser.ROLE, "ROOT")), "/api/auth/me"));
        expect401(getAs(token(c -> c.claim(CurrentUser.ROLE, 7)), "/api/auth/me"));
    }

    @Test
    void aTokenWithoutOrWithAMalformedUserIdIsRefused() throws Exception {
        expect401(getAs(token(c -> c.claims(m -> m.remove(CurrentUser.USER_ID))), "/api/auth/me"));
        expect401(getAs(token(c -> c.claim(CurrentUser.USER_ID, "one")), "/api/auth/me"));
        expect401(getAs(token(c -> c.claim(CurrentUser.USER_ID, 1.5)), "/api/auth/me"));
    }

    /** The admin's token as {@link TokenService} would issue it, then changed by {@code change}. */
    private String token(Consumer<JwtClaimsSet.Builder> change) {
        long id = jdbc.sql("select id from users where username = 'admin'").query(Long.class).single();
        int version = jdbc.sql("select token_version from users where id = :id").param("id", id)
                .query(Integer.class).single();
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(props.issuer())
                .subject("admin")
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600))
                .claim(CurrentUser.USER_ID, id)
                .claim(CurrentUser.ROLE, "ADMIN")
                .claim(CurrentUser.TOKEN_VERSION, version);
        change.accept(claims);
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return "Bearer " + new NimbusJwtEncoder(new ImmutableSecret<>(jwtKey))
                .encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    private static void expect401(ResultActions result) throws Exception {
        result.andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }
}

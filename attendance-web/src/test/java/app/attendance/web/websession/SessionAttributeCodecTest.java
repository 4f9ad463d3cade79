package app.attendance.web.websession;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.web.api.ApiTokens;
import app.attendance.web.auth.ApiUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * How session attributes are written to and read from PostgreSQL: the app's attributes survive the
 * round trip; bytes that no longer read as an object (another version's classes) count as absent; the
 * session is indexed by the account's username even when the signed-in principal's text is long.
 */
class SessionAttributeCodecTest {

    private final ConversionService codec = SessionAttributeCodec.conversionService(getClass().getClassLoader());

    @Test
    void theAppsAttributesSurviveTheRoundTrip() {
        ApiTokens tokens = new ApiTokens("access", "refresh");
        byte[] stored = codec.convert(tokens, byte[].class);
        Object read = codec.convert(stored, Object.class);
        assertThat(read).isInstanceOf(ApiTokens.class);
        assertThat(((ApiTokens) read).accessToken()).isEqualTo("access");
        assertThat(((ApiTokens) read).refreshToken()).isEqualTo("refresh");

        SecurityContextImpl context = new SecurityContextImpl(signedIn("admin", "Administrator"));
        Object readContext = codec.convert(codec.convert(context, byte[].class), Object.class);
        assertThat(readContext).isEqualTo(context);
    }

    @Test
    void bytesThatDoNotReadAsAnObjectCountAsAbsent() {
        byte[] garbage = {(byte) 0xac, (byte) 0xed, 0, 5, 1, 2, 3};
        assertThat(codec.convert(garbage, Object.class)).isNull();
        // written by a version with a class this one does not have
        String stored = new String(codec.convert(new ApiTokens("access", "refresh"), byte[].class),
                StandardCharsets.ISO_8859_1);
        assertThat(stored).contains(ApiTokens.class.getName());
        byte[] renamed = stored.replace(ApiTokens.class.getName(), "app.attendance.web.api.OldTokens")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(codec.convert(renamed, Object.class)).isNull();
    }

    @Test
    void sessionsAreIndexedByUsername() {
        MapSession session = new MapSession();
        assertThat(new PrincipalIndex().resolveIndexesFor(session)).isEmpty();
        String longName = "Nguyen Thi Minh Khai Tran Hung Dao Le Loi Hai Ba Trung Phan Dinh Phung Ly Thuong Kiet";
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(signedIn("khai.nguyen", longName)));
        assertThat(new PrincipalIndex().resolveIndexesFor(session))
                .containsExactly(Map.entry(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                        "khai.nguyen"));
    }

    private static UsernamePasswordAuthenticationToken signedIn(String username, String displayName) {
        ApiUser user = new ApiUser(7L, username, "TEACHER", displayName, 3L, null);
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_TEACHER")));
    }
}

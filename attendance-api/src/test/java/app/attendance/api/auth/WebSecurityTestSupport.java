package app.attendance.api.auth;

import app.attendance.api.user.CurrentUser;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import app.attendance.api.device.DeviceAuthenticator;
import app.attendance.api.device.DeviceSecurityConfig;
import app.attendance.api.user.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.mockito.Mockito;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The real security configuration for {@code @WebMvcTest} slices (import this class), plus
 * request post-processors that sign in as a user with the claims our tokens carry.
 */
@TestConfiguration
@Import({SecurityConfig.class, DeviceSecurityConfig.class, JwtConfig.class, ProblemResponses.class})
@EnableConfigurationProperties(AuthProperties.class)
public class WebSecurityTestSupport {

    /** Device authentication is not under test in controller slices: no key is ever valid. */
    @Bean
    DeviceAuthenticator deviceAuthenticator() {
        DeviceAuthenticator none = Mockito.mock(DeviceAuthenticator.class);
        Mockito.when(none.authenticate(Mockito.anyString())).thenReturn(java.util.Optional.empty());
        return none;
    }

    /** Slices sign in with {@code jwt()} (no decoder); the decoder still needs its account check. */
    @Bean
    AccountStateValidator accountStateValidator() {
        AccountStateValidator any = Mockito.mock(AccountStateValidator.class);
        Mockito.when(any.validate(Mockito.any()))
                .thenReturn(org.springframework.security.oauth2.core.OAuth2TokenValidatorResult.success());
        return any;
    }

    public static RequestPostProcessor admin() {
        return user(1, Role.ADMIN, null, null);
    }

    public static RequestPostProcessor teacher(long teacherId) {
        return user(100 + teacherId, Role.TEACHER, teacherId, null);
    }

    public static RequestPostProcessor student(long studentId) {
        return user(1000 + studentId, Role.STUDENT, null, studentId);
    }

    private static RequestPostProcessor user(long userId, Role role, Long teacherId, Long studentId) {
        return jwt().jwt(j -> {
            j.subject(role.name().toLowerCase() + userId).claim(CurrentUser.USER_ID, userId)
                    .claim(CurrentUser.ROLE, role.name());
            if (teacherId != null) {
                j.claim(CurrentUser.TEACHER_ID, teacherId);
            }
            if (studentId != null) {
                j.claim(CurrentUser.STUDENT_ID, studentId);
            }
        }).authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority(role.authority()));
    }
}

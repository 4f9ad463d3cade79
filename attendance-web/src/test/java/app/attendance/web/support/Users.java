package app.attendance.web.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import app.attendance.web.api.ApiTokens;
import app.attendance.web.auth.ApiUser;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for page tests: the principal plus the API tokens in the HTTP session. */
public final class Users {

    public static final String ACCESS = "access-1";
    public static final String REFRESH = "refresh-1";

    private Users() {
    }

    public static RequestPostProcessor admin() {
        return as(new ApiUser(1L, "admin", "ADMIN", "Admin", null, null));
    }

    public static RequestPostProcessor teacher(long teacherId) {
        return as(new ApiUser(2L, "teacher", "TEACHER", "Ms Lan", teacherId, null));
    }

    public static RequestPostProcessor student(long studentId) {
        return as(new ApiUser(3L, "student", "STUDENT", "Minh", null, studentId));
    }

    public static RequestPostProcessor as(ApiUser user) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role())));
        RequestPostProcessor withAuth = authentication(auth);
        return request -> {
            request.getSession(true).setAttribute(ApiTokens.SESSION_KEY, new ApiTokens(ACCESS, REFRESH));
            return withAuth.postProcessRequest(request);
        };
    }
}

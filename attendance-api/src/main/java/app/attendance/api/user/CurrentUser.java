package app.attendance.api.user;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The signed-in user as carried by the access token's claims. */
public record CurrentUser(long userId, String username, Role role, Long teacherId, Long studentId) {

    public static final String USER_ID = "uid";
    public static final String ROLE = "role";
    public static final String TEACHER_ID = "tid";
    public static final String STUDENT_ID = "sid";
    /** The account's token version when the token was issued (see {@link AccountStateValidator}). */
    public static final String TOKEN_VERSION = "ver";

    /** The user of the current request; fails with 401 semantics when there is none. */
    public static CurrentUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken token) {
            return from(token.getToken());
        }
        throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                "No signed-in user");
    }

    static CurrentUser from(Jwt jwt) {
        return new CurrentUser(((Number) jwt.getClaim(USER_ID)).longValue(), jwt.getSubject(),
                Role.valueOf(jwt.getClaimAsString(ROLE)), asLong(jwt.getClaim(TEACHER_ID)),
                asLong(jwt.getClaim(STUDENT_ID)));
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isTeacher() {
        return role == Role.TEACHER;
    }

    public boolean isStudent() {
        return role == Role.STUDENT;
    }
}

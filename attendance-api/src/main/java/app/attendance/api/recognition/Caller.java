package app.attendance.api.recognition;

import app.attendance.api.system.ApiException;
import app.attendance.api.user.UserAccount;
import app.attendance.api.user.UserAccountRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling: an admin, or a teacher with their teacher id. Read from the signed-in
 * principal's authorities and its user account.
 */
@Component
public class Caller {

    private final UserAccountRepository users;

    Caller(UserAccountRepository users) {
        this.users = users;
    }

    /** The signed-in admin or teacher; 403 for anyone else. */
    public Identity current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new ApiException(org.springframework.http.HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Sign in first");
        }
        boolean admin = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch("ROLE_ADMIN"::equals);
        if (admin) {
            return new Identity(auth.getName(), true, null);
        }
        boolean teacher = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch("ROLE_TEACHER"::equals);
        Long teacherId = teacher ? users.findByUsernameIgnoreCase(auth.getName())
                .map(UserAccount::getTeacherId).orElse(null) : null;
        if (teacherId == null) {
            throw ApiException.forbidden("Only admins and teachers may do this");
        }
        return new Identity(auth.getName(), false, teacherId);
    }

    /** A signed-in admin or teacher. */
    public record Identity(String username, boolean admin, Long teacherId) {

        /** 403 unless an admin or the given teacher. */
        public void requireAdminOrTeacher(Long teacherId) {
            if (!admin && (teacherId == null || !teacherId.equals(this.teacherId))) {
                throw ApiException.forbidden("Only an admin or the session's teacher may do this");
            }
        }

        /** 403 unless an admin. */
        public void requireAdmin() {
            if (!admin) {
                throw ApiException.forbidden("Only admins may do this");
            }
        }
    }
}

package app.attendance.api.user;

import app.attendance.api.system.ApiException;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creates and updates the login that belongs to a teacher or a student, inside the caller's transaction. */
@Service
public class Logins {

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final AccountTokens tokens;

    Logins(UserAccountRepository users, PasswordEncoder passwords, AccountTokens tokens) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    /**
     * Creates or updates the login of a teacher ({@code teacherId}) or student ({@code studentId}).
     * A missing username leaves things as they are; a new login needs a password (400 otherwise).
     * A new password or username on an existing login revokes its access and refresh tokens.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void upsert(Role role, Long teacherId, Long studentId, String username, String password) {
        if (username == null || username.isBlank()) {
            return;
        }
        String name = username.trim();
        UserAccount existing = (role == Role.TEACHER ? users.findByTeacherId(teacherId)
                : users.findByStudentId(studentId)).orElse(null);
        if (existing == null) {
            if (password == null || password.isBlank()) {
                throw ApiException.invalid("password", "is required to create a login");
            }
            if (users.existsByUsernameIgnoreCase(name)) {
                throw ApiException.duplicate("username", name);
            }
            PasswordPolicy.check(name, password);
            users.save(new UserAccount(name, passwords.encode(password), role, teacherId, studentId));
            return;
        }
        if (users.existsByUsernameIgnoreCaseAndIdNot(name, existing.getId())) {
            throw ApiException.duplicate("username", name);
        }
        boolean renamed = !existing.getUsername().equals(name);
        existing.setUsername(name);
        boolean newPassword = password != null && !password.isBlank();
        if (newPassword) {
            PasswordPolicy.check(name, password);
            existing.setPasswordHash(passwords.encode(password));
        }
        if (renamed || newPassword) {
            tokens.revokeAll(existing); // a new password ends every session, as a change through /api/users does
        }
    }

    /** The teacher is about to be deleted: its login goes with it (by cascade), so its tokens must stop at once. */
    public void teacherDeleted(long teacherId) {
        users.findByTeacherId(teacherId).ifPresent(u -> tokens.deleted(u.getId()));
    }

    /** Usernames of the given teachers' logins. */
    public Map<Long, String> teacherUsernames(Collection<Long> teacherIds) {
        if (teacherIds.isEmpty()) {
            return Map.of();
        }
        return users.findByTeacherIdIn(teacherIds).stream()
                .collect(Collectors.toMap(UserAccount::getTeacherId, UserAccount::getUsername));
    }

    public String studentUsername(long studentId) {
        return users.findByStudentId(studentId).map(UserAccount::getUsername).orElse(null);
    }

    /** Hashes a password with the configured encoder (for bulk imports). */
    public String hash(String password) {
        return passwords.encode(password);
    }
}

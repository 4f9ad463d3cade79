package app.attendance.api.user;

import app.attendance.api.system.ApiException;
import java.util.Locale;
import java.util.Set;

/**
 * What a password may not be, beyond its length (8–200, checked on the request): the username
 * itself, one of the passwords every attacker tries first, or one character repeated. Applied
 * wherever a password is set by a person (users, teacher and student logins, the first admin).
 */
public final class PasswordPolicy {

    /** The most common passwords of eight characters or more in public breach lists. */
    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "12345678",
            "123456789", "1234567890", "87654321", "11111111", "00000000", "qwertyui", "qwerty123",
            "qwertyuiop", "iloveyou", "abc12345", "abcd1234", "admin123", "administrator", "welcome1",
            "sunshine", "princess", "football", "baseball", "trustno1", "1q2w3e4r", "letmein1", "changeme",
            "passw0rd", "p@ssw0rd", "monkey123", "dragon123", "master123", "teacher1", "student1", "school123");

    private PasswordPolicy() {
    }

    /** Why the password is refused, or null when it is acceptable. */
    public static String problem(String username, String password) {
        String p = password.toLowerCase(Locale.ROOT);
        if (username != null && p.equals(username.trim().toLowerCase(Locale.ROOT))) {
            return "must not be the username";
        }
        if (COMMON.contains(p)) {
            return "is one of the most common passwords; choose another";
        }
        if (p.chars().distinct().count() == 1) {
            return "must not be one character repeated";
        }
        return null;
    }

    /** 400 on the {@code password} field when the password is refused. */
    public static void check(String username, String password) {
        String problem = problem(username, password);
        if (problem != null) {
            throw ApiException.invalid("password", problem);
        }
    }
}

package app.attendance.api.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether users may sign in with a password (env {@code ATTENDANCE_LOCAL_LOGIN}, default true). When
 * it is off (single sign-on only), the break-glass accounts (env {@code ATTENDANCE_BREAK_GLASS_USERS},
 * comma list; blank means the first admin, {@code ADMIN_USERNAME}) still may, so the school can get in
 * when the provider is down or misconfigured.
 */
@ConfigurationProperties("attendance.password-login")
record PasswordLoginProperties(Boolean enabled, String breakGlassUsers) {

    PasswordLoginProperties {
        enabled = enabled == null || enabled;
        breakGlassUsers = breakGlassUsers == null ? "" : breakGlassUsers;
    }

    /** Whether {@code username} may sign in with a password, given the first admin's name. */
    boolean allows(String username, String firstAdmin) {
        if (enabled) {
            return true;
        }
        List<String> names = Arrays.stream(breakGlassUsers.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        List<String> allowed = names.isEmpty() ? List.of(firstAdmin) : names;
        String name = username.toLowerCase(Locale.ROOT);
        return allowed.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(name));
    }
}

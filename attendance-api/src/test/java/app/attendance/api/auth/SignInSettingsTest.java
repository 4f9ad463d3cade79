package app.attendance.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Empty settings (as docker compose passes unset variables) keep single sign-on off and passwords on;
 * with passwords off only the break-glass accounts (by default the first admin) may use one.
 */
class SignInSettingsTest {

    @Test
    void blankSettingsMeanNoSingleSignOnAndPasswordsOn() {
        OidcProperties oidc = bind("attendance.oidc", OidcProperties.class, Map.of("issuer", "", "client-id", "",
                "jwk-set-uri", "", "username-claim", "", "allowed-domains", "", "create-disabled", ""));
        assertThat(oidc.enabled()).isFalse();
        assertThat(oidc.usernameClaim()).isEqualTo("email");
        assertThat(oidc.domains()).isEmpty();
        assertThat(oidc.createDisabled()).isFalse();
        PasswordLoginProperties passwords = bind("attendance.password-login", PasswordLoginProperties.class,
                Map.of("enabled", "", "break-glass-users", ""));
        assertThat(passwords.allows("anyone", "admin")).isTrue();
    }

    @Test
    void withPasswordsOffOnlyTheBreakGlassAccountsMayUseOne() {
        PasswordLoginProperties firstAdmin = bind("attendance.password-login", PasswordLoginProperties.class,
                Map.of("enabled", "false", "break-glass-users", ""));
        assertThat(firstAdmin.allows("Admin", "admin")).isTrue();
        assertThat(firstAdmin.allows("lan", "admin")).isFalse();
        PasswordLoginProperties named = bind("attendance.password-login", PasswordLoginProperties.class,
                Map.of("enabled", "false", "break-glass-users", " root , it-desk "));
        assertThat(named.allows("it-desk", "admin")).isTrue();
        assertThat(named.allows("admin", "admin")).isFalse();
        OidcProperties domains = bind("attendance.oidc", OidcProperties.class,
                Map.of("allowed-domains", "School.test, ,other.test"));
        assertThat(domains.domains()).containsExactly("school.test", "other.test");
    }

    private static <T> T bind(String prefix, Class<T> type, Map<String, String> values) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        values.forEach((key, value) -> source.put(prefix + "." + key, value));
        return new Binder(source).bindOrCreate(prefix, type);
    }
}

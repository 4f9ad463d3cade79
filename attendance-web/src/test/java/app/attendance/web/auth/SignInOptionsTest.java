package app.attendance.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Empty settings (as docker compose passes unset variables) keep single sign-on off and passwords on. */
class SignInOptionsTest {

    @Test
    void blankSettingsMeanNoSingleSignOnAndPasswordsOn() {
        SignInOptions options = bind(Map.of("oidc-issuer", "", "oidc-client-id", " ", "oidc-client-secret", "",
                "oidc-display-name", "", "password-login", ""));
        assertThat(options.oidc()).isFalse();
        assertThat(options.passwordLogin()).isTrue();
        assertThat(options.oidcDisplayName()).isEqualTo("single sign-on");
    }

    @Test
    void issuerAndClientIdTurnItOn() {
        SignInOptions options = bind(Map.of("oidc-issuer", "https://accounts.google.com", "oidc-client-id", "abc",
                "oidc-display-name", "Google", "password-login", "false"));
        assertThat(options.oidc()).isTrue();
        assertThat(options.passwordLogin()).isFalse();
    }

    private static SignInOptions bind(Map<String, String> values) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        values.forEach((key, value) -> source.put("attendance.sign-in." + key, value));
        return new Binder(source).bindOrCreate("attendance.sign-in", SignInOptions.class);
    }
}

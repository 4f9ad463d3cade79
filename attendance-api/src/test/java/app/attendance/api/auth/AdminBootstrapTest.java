package app.attendance.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.attendance.api.user.Role;
import app.attendance.api.user.UserAccount;
import app.attendance.api.user.UserAccountRepository;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first admin: a generated password is logged once in the line the run script reads. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private final UserAccountRepository users = mock(UserAccountRepository.class);
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void generatedPasswordIsLoggedOnceAndStoredHashed(CapturedOutput output) {
        when(users.countByRole(Role.ADMIN)).thenReturn(0L);
        new AdminBootstrap(users, passwords, new AdminProperties(null, null), () -> {
        }).run(null);

        Matcher line = Pattern.compile("Initial admin login: username=admin password=(\\S+)").matcher(output.getOut());
        assertThat(line.find()).isTrue();
        assertThat(line.find()).isFalse();
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(users).save(saved.capture());
        line.reset().find();
        assertThat(saved.getValue().getRole()).isEqualTo(Role.ADMIN);
        assertThat(saved.getValue().getPasswordHash()).startsWith("{bcrypt}");
        assertThat(passwords.matches(line.group(1), saved.getValue().getPasswordHash())).isTrue();
    }

    @Test
    void configuredPasswordIsNeverLoggedAndExistingAdminsAreKept(CapturedOutput output) {
        when(users.countByRole(Role.ADMIN)).thenReturn(0L);
        new AdminBootstrap(users, passwords, new AdminProperties("root", "configured-secret"), () -> {
        }).run(null);
        assertThat(output.getOut()).doesNotContain("configured-secret").doesNotContain("Initial admin login");

        UserAccountRepository existing = mock(UserAccountRepository.class);
        when(existing.countByRole(Role.ADMIN)).thenReturn(1L);
        new AdminBootstrap(existing, passwords, new AdminProperties(null, null), () -> {
        }).run(null);
        verify(existing, never()).save(any());
    }
}

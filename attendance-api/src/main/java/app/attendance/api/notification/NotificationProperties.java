package app.attendance.api.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notification settings ({@code attendance.notifications.*}). Mail is sent only when an SMTP host
 * is configured ({@code spring.mail.host}, env {@code SPRING_MAIL_HOST}, with
 * {@code SPRING_MAIL_PORT}, {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}); when it is
 * unset or blank nothing runs and there is no SMTP health check.
 *
 * @param enabled switch to turn notifications off even with a mail host
 * @param from sender address
 * @param schoolName name used in subjects and signatures
 * @param locale language of the mails (e.g. {@code vi}, {@code en})
 * @param scanInterval pause between two scans for new events
 * @param absentLookback how far back a scan looks for ABSENT records (older ones are never mailed)
 */
@Validated
@ConfigurationProperties("attendance.notifications")
public record NotificationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("attendance@school.invalid") @NotBlank @Email String from,
        @DefaultValue("School") @NotBlank String schoolName,
        @DefaultValue("vi") @NotNull Locale locale,
        @DefaultValue("1m") @NotNull Duration scanInterval,
        @DefaultValue("2d") @NotNull Duration absentLookback) {
}

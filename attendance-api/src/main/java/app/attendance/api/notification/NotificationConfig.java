package app.attendance.api.notification;

import app.attendance.api.report.ReportService;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns notifications on only when an SMTP host is configured ({@code spring.mail.host}, env
 * {@code SPRING_MAIL_HOST}, not blank; {@link MailSenderConfig} then provides the
 * {@link JavaMailSender}) and {@code attendance.notifications.enabled} is not false.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MailHostConfigured.class)
@ConditionalOnProperty(prefix = "attendance.notifications", name = "enabled", matchIfMissing = true)
@EnableScheduling
class NotificationConfig {

    @Bean
    NotificationMails notificationMails(JavaMailSender sender, NotificationProperties properties) {
        return new NotificationMails(sender, properties);
    }

    @Bean
    NotificationScanner notificationScanner(NotificationLog log, NotificationMails mails, JavaMailSender sender,
            ReportService reports, NotificationProperties properties, Clock clock) {
        return new NotificationScanner(log, mails, sender, reports, properties, clock);
    }
}

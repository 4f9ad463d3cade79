package app.attendance.api.notification;

import app.attendance.api.report.ReportService;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns notifications on only when an SMTP host is configured ({@code spring.mail.host}, which also
 * makes Spring Boot create the {@link JavaMailSender}) and {@code attendance.notifications.enabled}
 * is not false.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
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

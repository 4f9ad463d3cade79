package app.attendance.api.notification;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Health component {@code smtp}: whether the SMTP server answered the last connection test. An
 * outage is reported as {@link #UNREACHABLE}, a status that the overall {@code /actuator/health}
 * does not aggregate (it is not in its status order), so mail trouble never makes the API
 * unhealthy or restarts it; the {@code mail} health group ({@code /actuator/health/mail}) answers
 * 503 for it. The test runs on the scheduler, never inside a health request, so a server that
 * does not answer cannot slow the health check down.
 */
class SmtpHealthIndicator implements HealthIndicator {

    /** The SMTP server did not accept a connection; notifications wait and are marked FAILED. */
    static final Status UNREACHABLE = new Status("SMTP_UNREACHABLE", "the SMTP server did not answer");

    private static final Logger log = LoggerFactory.getLogger(SmtpHealthIndicator.class);

    private final JavaMailSenderImpl sender;
    private volatile Health last = Health.unknown().withDetail("reason", "not checked yet").build();

    SmtpHealthIndicator(JavaMailSenderImpl sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${attendance.notifications.smtp-check-interval:5m}")
    void check() {
        String server = sender.getPort() > 0 ? sender.getHost() + ":" + sender.getPort() : sender.getHost();
        try {
            sender.testConnection();
            last = Health.up().withDetail("server", server).build();
        } catch (MessagingException | RuntimeException e) {
            if (!UNREACHABLE.equals(last.getStatus())) {
                log.warn("SMTP server {} is not reachable, notifications cannot be sent: {}", server, e.toString());
            }
            last = Health.status(UNREACHABLE).withDetail("server", server).withDetail("error", e.toString()).build();
        }
    }

    @Override
    public Health health() {
        return last;
    }
}

package app.attendance.api.notification;

import app.attendance.api.report.AtRiskList;
import app.attendance.api.report.ReportService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scans for events to notify, on a fixed delay: ABSENT records of closed sessions (to the
 * guardian) and students newly below the at-risk rate (to their homeroom teacher). A scan rather
 * than a hook on session close, so that manual ABSENT changes are covered too and a crash between
 * close and mail loses nothing; the log's unique keys make repeated scans harmless. A claimed
 * mail that fails is marked FAILED and not retried (at most once). With several API replicas the
 * scheduled scan runs on one of them at a time and at most once per 30 s (ShedLock).
 */
class NotificationScanner {

    private static final Logger log = LoggerFactory.getLogger(NotificationScanner.class);

    private final NotificationLog notificationLog;
    private final NotificationMails mails;
    private final JavaMailSender sender;
    private final ReportService reports;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationScanner(NotificationLog notificationLog, NotificationMails mails, JavaMailSender sender,
            ReportService reports, NotificationProperties properties, Clock clock) {
        this.notificationLog = notificationLog;
        this.mails = mails;
        this.sender = sender;
        this.reports = reports;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${attendance.notifications.scan-interval:1m}",
            initialDelayString = "${attendance.notifications.scan-interval:1m}")
    @SchedulerLock(name = "notification-scan", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    public void scheduledScan() {
        try {
            scan();
        } catch (RuntimeException e) {
            log.warn("Notification scan failed: {}", e.toString());
        }
    }

    /** One scan; returns the number of mails sent. */
    int scan() {
        return scanAbsences() + scanAtRisk();
    }

    int scanAbsences() {
        int sent = 0;
        for (AbsenceNotice notice : notificationLog.claimAbsences(clock.instant().minus(properties.absentLookback()))) {
            sent += send(notice.logId(), () -> mails.absence(notice));
        }
        return sent;
    }

    int scanAtRisk() {
        AtRiskList list = reports.schoolAtRisk();
        List<AtRiskNotice> notices = notificationLog.claimAtRisk(list.rows(), list.threshold(), list.from(), list.to());
        int sent = 0;
        for (AtRiskNotice notice : notices) {
            sent += send(notice.logId(), () -> mails.atRisk(notice));
        }
        return sent;
    }

    private int send(long logId, Composer composer) {
        try {
            sender.send(composer.compose());
            notificationLog.sent(logId);
            return 1;
        } catch (MailException | MessagingException e) {
            log.warn("Notification {} could not be sent: {}", logId, e.getMessage());
            notificationLog.failed(logId, e.getMessage());
            return 0;
        }
    }

    /** Builds one message. */
    @FunctionalInterface
    private interface Composer {
        MimeMessage compose() throws MessagingException;
    }
}

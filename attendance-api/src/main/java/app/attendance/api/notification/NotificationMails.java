package app.attendance.api.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Composes the notification mails (plain text, UTF-8, in the configured language, texts in
 * {@code notification/mail*.properties}) on a given mail sender's sessions.
 */
class NotificationMails {

    private final JavaMailSender sender;
    private final NotificationProperties properties;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    NotificationMails(JavaMailSender sender, NotificationProperties properties) {
        this.sender = sender;
        this.properties = properties;
        texts.setBasename("notification/mail");
        texts.setDefaultEncoding(StandardCharsets.UTF_8.name());
        texts.setFallbackToSystemLocale(false);
    }

    MimeMessage absence(AbsenceNotice n) throws MessagingException {
        Object[] args = {properties.schoolName(), n.studentName(), n.date().toString(),
                n.guardianName() == null || n.guardianName().isBlank() ? "…" : n.guardianName(),
                n.className(), n.subjectName(), n.startTime().toString()};
        return compose(n.recipient(), text("absent.subject", args), text("absent.body", args));
    }

    MimeMessage atRisk(AtRiskNotice n) throws MessagingException {
        Object[] args = {properties.schoolName(), n.studentName(), percent(n.threshold()), n.teacherName(),
                n.className(), n.counts().rate() == null ? "–" : percent(n.counts().rate()), n.from().toString(),
                n.to().toString(), n.counts().present(), n.counts().late(), n.counts().absent(), n.counts().excused()};
        return compose(n.recipient(), text("atrisk.subject", args), text("atrisk.body", args));
    }

    private MimeMessage compose(String to, String subject, String body) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(body, false);
        return message;
    }

    private String text(String key, Object[] args) {
        return texts.getMessage(key, args, properties.locale());
    }

    static String percent(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}

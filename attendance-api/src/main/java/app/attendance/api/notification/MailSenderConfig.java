package app.attendance.api.notification;

import java.util.Properties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The SMTP client, built from {@code spring.mail.*} only when the host is not blank (Spring Boot's
 * own mail auto-configuration is excluded in {@code AttendanceApiApplication}: it treats a blank
 * host as set and then talks to localhost). Socket timeouts are bounded unless
 * {@code spring.mail.properties} sets them, so an SMTP server that does not answer never holds a
 * thread for long. Its reachability is reported by {@link SmtpHealthIndicator}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MailHostConfigured.class)
@EnableConfigurationProperties(MailProperties.class)
@EnableScheduling
class MailSenderConfig {

    static final String TIMEOUT_MILLIS = "10000";

    @Bean
    JavaMailSenderImpl mailSender(MailProperties mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.getHost().strip());
        if (mail.getPort() != null) {
            sender.setPort(mail.getPort());
        }
        sender.setUsername(blankToNull(mail.getUsername()));
        sender.setPassword(blankToNull(mail.getPassword()));
        String protocol = mail.getProtocol() == null || mail.getProtocol().isBlank() ? "smtp" : mail.getProtocol();
        sender.setProtocol(protocol);
        if (mail.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(mail.getDefaultEncoding().name());
        }
        Properties javaMail = new Properties();
        for (String key : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
            javaMail.setProperty("mail." + protocol + "." + key, TIMEOUT_MILLIS);
        }
        if (mail.getSsl().isEnabled()) {
            javaMail.setProperty("mail." + protocol + ".ssl.enable", "true");
        }
        javaMail.putAll(mail.getProperties());
        sender.setJavaMailProperties(javaMail);
        return sender;
    }

    @Bean
    SmtpHealthIndicator smtpHealthIndicator(JavaMailSenderImpl mailSender) {
        return new SmtpHealthIndicator(mailSender);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

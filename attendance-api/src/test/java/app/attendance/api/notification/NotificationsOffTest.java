package app.attendance.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Without an SMTP host nothing scans and nothing sends. */
@IntegrationTest
class NotificationsOffTest {

    @Autowired
    ApplicationContext context;

    @Test
    void noMailHostMeansNoScanner() {
        assertThat(context.getBeanProvider(NotificationScanner.class).getIfAvailable()).isNull();
        assertThat(context.getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class).getIfAvailable())
                .isNull();
    }
}

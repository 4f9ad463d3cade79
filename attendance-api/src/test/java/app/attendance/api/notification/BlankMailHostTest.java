package app.attendance.api.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.MailSender;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The docker compose deployment hands the API {@code SPRING_MAIL_HOST=""} when no SMTP server is
 * configured: that means notifications off, no mail sender, no mail health check, and a healthy
 * API (it used to build a sender for localhost:587 whose health check made the API DOWN).
 */
@SpringBootTest(properties = {
        "attendance.admin.username=admin",
        "attendance.admin.password=admin-password-for-tests",
        "spring.mail.host=",
        "spring.mail.port=587"})
@AutoConfigureMockMvc
class BlankMailHostTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    @Test
    void aBlankHostMeansNoSenderNoNotificationsAndNoMailHealthCheck() {
        assertThat(context.getBeanNamesForType(MailSender.class)).isEmpty();
        assertThat(context.getBeanNamesForType(NotificationScanner.class)).isEmpty();
        assertThat(context.getBeanNamesForType(NotificationMails.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SmtpHealthIndicator.class)).isEmpty();
        assertThat(context.containsBean("mailHealthContributor")).isFalse();
    }

    @Test
    void theApiIsHealthy() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
}

package app.attendance.api.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An SMTP server that does not answer (a closed port on loopback) is reported by the {@code smtp}
 * component and the {@code mail} group (503), never by the API's overall health, which the
 * container health check and load balancers read.
 */
@SpringBootTest(properties = {
        "attendance.admin.username=admin",
        "attendance.admin.password=admin-password-for-tests",
        "attendance.notifications.scan-interval=1h",
        "attendance.notifications.smtp-check-interval=1h"})
@AutoConfigureMockMvc
class SmtpOutageHealthTest {

    @DynamicPropertySource
    static void unreachableSmtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SmtpOutageHealthTest::closedPort);
    }

    @Autowired
    SmtpHealthIndicator smtp;
    @Autowired
    NotificationScanner scanner;
    @Autowired
    MockMvc mvc;

    @Test
    void anSmtpOutageShowsOnItsOwnIndicatorAndTheApiStaysUp() throws Exception {
        assertThat(scanner).as("notifications are on").isNotNull();
        smtp.check();
        assertThat(smtp.health().getStatus()).isEqualTo(SmtpHealthIndicator.UNREACHABLE);

        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/mail")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("SMTP_UNREACHABLE"));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

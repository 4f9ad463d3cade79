package app.attendance.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;

/**
 * attendance-api: owns the school's data (people, classes, timetable, sessions, attendance,
 * devices, audit) and is the only caller of face-service. Spring Boot's mail sender is replaced by
 * the notification package's own, which a blank {@code spring.mail.host} leaves off.
 */
@SpringBootApplication(exclude = MailSenderAutoConfiguration.class)
@ConfigurationPropertiesScan
public class AttendanceApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(AttendanceApiApplication.class, args);
    }
}

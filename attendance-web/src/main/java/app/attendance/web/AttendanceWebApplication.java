package app.attendance.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * attendance-web: the pages admins, teachers and students use. Owns no data; every read and
 * write goes to attendance-api with the signed-in user's token, kept in the HTTP session.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AttendanceWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(AttendanceWebApplication.class, args);
    }
}

package app.attendance.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * attendance-api: owns the school's data (people, classes, timetable, sessions, attendance,
 * devices, audit) and is the only caller of face-service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AttendanceApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(AttendanceApiApplication.class, args);
    }
}

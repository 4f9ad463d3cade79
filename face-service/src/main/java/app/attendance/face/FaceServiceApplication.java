package app.attendance.face;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * face-service: detects, aligns, embeds and checks the liveness of faces, and keeps the
 * durable vector index of enrolled faces. It knows nothing of schools; a subject is an
 * opaque id given by its caller.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FaceServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(FaceServiceApplication.class, args);
    }
}

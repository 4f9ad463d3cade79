package app.attendance.api.dashboard;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where face-service is ({@code attendance.face-service.url} and {@code .token}, shared with the
 * recognition client), read here for the dashboard's health probe.
 *
 * @param url base URL of face-service
 * @param token bearer token face-service expects on {@code /v1/**}
 */
@ConfigurationProperties("attendance.face-service")
record FaceServiceLocation(URI url, String token) {
}

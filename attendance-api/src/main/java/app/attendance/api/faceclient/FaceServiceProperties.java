package app.attendance.api.faceclient;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where face-service is and how patiently it is called.
 *
 * @param url base URL of face-service, or several separated by commas (replicas, balanced round
 *            robin by this client, each with its own circuit breaker)
 * @param token bearer token that face-service expects on {@code /v1/**}
 * @param connectTimeout TCP connect timeout of every call
 * @param readTimeout read timeout of quick calls (recognize, info); small so that a frame is
 *                    answered with 503 well within 2 s when face-service hangs
 * @param enrolTimeout read timeout of enrolment and deletion calls (several images per call)
 * @param failureThreshold consecutive failures at one URL that open its circuit
 * @param openDuration how long an open circuit refuses calls before one trial call
 * @param maxConcurrentRecognitions recognitions in flight at once (a bulkhead: a burst of frames
 *                                  queues here briefly instead of timing out at face-service)
 * @param queueTimeout how long a frame waits for a recognition slot before 503 (busy)
 */
@Validated
@ConfigurationProperties("attendance.face-service")
public record FaceServiceProperties(
        @NotEmpty List<@NotNull URI> url,
        String token,
        @DefaultValue("500ms") Duration connectTimeout,
        @DefaultValue("1200ms") Duration readTimeout,
        @DefaultValue("60s") Duration enrolTimeout,
        @DefaultValue("3") @Min(1) int failureThreshold,
        @DefaultValue("5s") Duration openDuration,
        @DefaultValue("2") @Min(1) int maxConcurrentRecognitions,
        @DefaultValue("500ms") Duration queueTimeout) {
}

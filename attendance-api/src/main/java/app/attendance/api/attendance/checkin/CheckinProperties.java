package app.attendance.api.attendance.checkin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * QR check-in settings: a code rotates every {@code rotateEvery} (1 to 10 seconds, default 10);
 * {@code everyone} opens it to students who did consent to face recognition too (by default only
 * students without biometric consent may check in this way); {@code secret}, when set (32 bytes or
 * more), signs the codes, otherwise a key derived from the JWT signing key does.
 */
@ConfigurationProperties("attendance.checkin")
public record CheckinProperties(Duration rotateEvery, boolean everyone, String secret) {

    /** The longest rotation period allowed: a code must not stay on screen longer. */
    public static final Duration MAX_ROTATE = Duration.ofSeconds(10);

    public CheckinProperties {
        rotateEvery = rotateEvery == null ? MAX_ROTATE : rotateEvery;
        if (rotateEvery.compareTo(Duration.ofSeconds(1)) < 0 || rotateEvery.compareTo(MAX_ROTATE) > 0
                || rotateEvery.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException(
                    "attendance.checkin.rotate-every must be whole seconds from 1s to 10s, was " + rotateEvery);
        }
        if (secret != null && !secret.isBlank() && secret.length() < 32) {
            throw new IllegalArgumentException("attendance.checkin.secret must be at least 32 characters long");
        }
    }
}

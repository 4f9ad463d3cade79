package app.attendance.api.system;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * School-wide settings: the time zone in which timetable and session times are meant
 * ({@code attendance.zone}, default from env {@code TZ}, else UTC).
 */
@Validated
@ConfigurationProperties("attendance")
public record SchoolProperties(@NotNull ZoneId zone) {

    public SchoolProperties {
        if (zone == null) {
            zone = ZoneId.of("UTC");
        }
    }
}

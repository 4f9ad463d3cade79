package app.attendance.api.attendance;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Attendance rules: camera marks count from {@code earlyWindow} before the start to the end;
 * a first sighting up to {@code grace} after the start is PRESENT, later LATE; a closed session
 * may be reopened within {@code reopenWindow} of closing.
 */
@Validated
@ConfigurationProperties("attendance.marking")
public record MarkingProperties(@NotNull Duration earlyWindow, @NotNull Duration grace,
        @NotNull Duration reopenWindow) {

    public MarkingProperties {
        earlyWindow = earlyWindow == null ? Duration.ofMinutes(15) : earlyWindow;
        grace = grace == null ? Duration.ofMinutes(10) : grace;
        reopenWindow = reopenWindow == null ? Duration.ofHours(24) : reopenWindow;
    }
}

package app.attendance.api.dashboard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Dashboard settings ({@code attendance.dashboard.*}).
 *
 * @param deviceOnlineWindow a device seen within this window counts as online
 * @param recentActivity how many audit entries the dashboard shows
 */
@Validated
@ConfigurationProperties("attendance.dashboard")
public record DashboardProperties(
        @DefaultValue("2m") @NotNull Duration deviceOnlineWindow,
        @DefaultValue("10") @Min(0) @Max(100) int recentActivity) {
}

package app.attendance.api.dashboard;

import app.attendance.api.audit.RecentEntries;
import app.attendance.api.device.DeviceCounts;
import app.attendance.api.report.ReportService;
import app.attendance.api.user.CurrentUser;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Gathers the dashboard: figures come from the report queries (so they match the reports, scoped
 * to the caller), device and audit figures from their packages ({@link DeviceCounts},
 * {@link RecentEntries}), face-service from its probe.
 */
@Service
class DashboardService {

    private final ReportService reports;
    private final FaceServiceProbe faceService;
    private final DeviceCounts devices;
    private final RecentEntries audit;
    private final DashboardProperties properties;
    private final Clock clock;

    DashboardService(ReportService reports, FaceServiceProbe faceService, DeviceCounts devices,
            RecentEntries audit, DashboardProperties properties, Clock clock) {
        this.reports = reports;
        this.faceService = faceService;
        this.devices = devices;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    Dashboard dashboard() {
        LocalDate today = reports.today();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Dashboard(today, reports.sessionsOn(today), reports.totals(today, today),
                reports.totals(monday, today), reports.atRiskCount(), reports.atRiskRate(), faceService.probe(),
                devices(), CurrentUser.get().isAdmin() ? activity() : List.of());
    }

    private Dashboard.Devices devices() {
        DeviceCounts.Enabled d = devices.enabled(clock.instant().minus(properties.deviceOnlineWindow()));
        return new Dashboard.Devices(d.total(), d.online());
    }

    private List<Dashboard.Activity> activity() {
        return audit.latest(properties.recentActivity()).stream()
                .map(e -> new Dashboard.Activity(e.at(), e.actor(), e.action(), e.entity(), e.entityId())).toList();
    }
}

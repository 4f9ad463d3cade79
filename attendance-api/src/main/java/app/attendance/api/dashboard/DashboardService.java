package app.attendance.api.dashboard;

import app.attendance.api.user.CurrentUser;
import app.attendance.api.report.ReportService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Gathers the dashboard: figures come from the report queries (so they match the reports, scoped
 * to the caller), device and audit figures from two small queries, face-service from its probe.
 */
@Service
class DashboardService {

    private final ReportService reports;
    private final FaceServiceProbe faceService;
    private final JdbcClient jdbc;
    private final DashboardProperties properties;
    private final Clock clock;

    DashboardService(ReportService reports, FaceServiceProbe faceService, JdbcClient jdbc,
            DashboardProperties properties, Clock clock) {
        this.reports = reports;
        this.faceService = faceService;
        this.jdbc = jdbc;
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
        return jdbc.sql("""
                select count(*), count(*) filter (where last_seen_at >= :since)
                from devices where enabled""")
                .param("since", Timestamp.from(clock.instant().minus(properties.deviceOnlineWindow())))
                .query((rs, n) -> new Dashboard.Devices(rs.getLong(1), rs.getLong(2))).single();
    }

    private List<Dashboard.Activity> activity() {
        return jdbc.sql("select at, actor, action, entity, entity_id from audit_log order by at desc, id desc limit :n")
                .param("n", properties.recentActivity())
                .query((rs, n) -> new Dashboard.Activity(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), (Long) rs.getObject(5)))
                .list();
    }
}

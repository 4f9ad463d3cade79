package app.attendance.api.dashboard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dashboard}: the dashboard's data in one call. The route's roles come from the
 * security configuration; figures are scoped to the caller like the reports.
 */
@RestController
class DashboardController {

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/dashboard")
    Dashboard dashboard() {
        return dashboards.dashboard();
    }
}

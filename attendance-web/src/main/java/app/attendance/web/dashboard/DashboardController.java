package app.attendance.web.dashboard;

import app.attendance.web.auth.ApiUser;
import app.attendance.web.config.SchoolTime;
import app.attendance.web.session.Session;
import app.attendance.web.session.SessionClient;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Today's sessions with totals, and the school-wide figures (rates, at-risk students, face
 * recognition and cameras, recent activity); students go straight to their own page.
 */
@Controller
class DashboardController {

    private final SessionClient sessions;
    private final OverviewClient overview;
    private final SchoolTime time;

    DashboardController(SessionClient sessions, OverviewClient overview, SchoolTime time) {
        this.sessions = sessions;
        this.overview = overview;
        this.time = time;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal ApiUser user, Model model) {
        if ("STUDENT".equals(user.role())) {
            return "redirect:/me";
        }
        LocalDate today = time.today();
        List<Session> list = sessions.onDate(today, user.isTeacher() ? user.teacherId() : null);
        model.addAttribute("today", today);
        model.addAttribute("sessions", list);
        model.addAttribute("totals", DayTotals.of(list));
        model.addAttribute("overview", overview.overview().orElse(null));
        return "dashboard/index";
    }
}

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

/** Today's sessions with totals; students go straight to their own page. */
@Controller
class DashboardController {

    private final SessionClient sessions;
    private final SchoolTime time;

    DashboardController(SessionClient sessions, SchoolTime time) {
        this.sessions = sessions;
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
        return "dashboard/index";
    }
}

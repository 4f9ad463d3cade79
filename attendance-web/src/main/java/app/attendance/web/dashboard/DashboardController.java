package app.attendance.web.dashboard;

import app.attendance.web.auth.ApiUser;
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

    DashboardController(SessionClient sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal ApiUser user, Model model) {
        if ("STUDENT".equals(user.role())) {
            return "redirect:/me";
        }
        LocalDate today = LocalDate.now();
        List<Session> list = sessions.onDate(today, user.isTeacher() ? user.teacherId() : null);
        model.addAttribute("today", today);
        model.addAttribute("sessions", list);
        model.addAttribute("totals", Totals.of(list));
        return "dashboard/index";
    }

    /** Sums over today's sessions. */
    record Totals(int sessions, int open, int closed, int present, int late, int absent, int unmarked, int pending) {

        static Totals of(List<Session> list) {
            int open = 0, closed = 0, present = 0, late = 0, absent = 0, unmarked = 0, pending = 0;
            for (Session s : list) {
                open += s.isOpen() ? 1 : 0;
                closed += s.isClosed() ? 1 : 0;
                present += s.counts().present();
                late += s.counts().late();
                absent += s.counts().absent();
                unmarked += s.counts().unmarked();
                pending += s.counts().pending();
            }
            return new Totals(list.size(), open, closed, present, late, absent, unmarked, pending);
        }
    }
}

package app.attendance.web.session;

import app.attendance.web.api.ApiCallException;
import app.attendance.web.api.FormErrors;
import app.attendance.web.auth.ApiUser;
import app.attendance.web.config.SchoolTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sessions of a day (today by default) with open and close buttons. */
@Controller
class SessionController {

    private final SessionClient sessions;
    private final SchoolTime time;

    SessionController(SessionClient sessions, SchoolTime time) {
        this.sessions = sessions;
        this.time = time;
    }

    @GetMapping("/sessions")
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal ApiUser user, Model model) {
        LocalDate day = date == null ? time.today() : date;
        model.addAttribute("date", day);
        model.addAttribute("sessions", sessions.onDate(day, user.isTeacher() ? user.teacherId() : null));
        return "session/list";
    }

    @PostMapping("/sessions/{id}/open")
    String open(@PathVariable long id, RedirectAttributes redirect) {
        try {
            sessions.open(id);
            return "redirect:/sessions/" + id + "/live";
        } catch (ApiCallException e) {
            return failed(e, redirect);
        }
    }

    @PostMapping("/sessions/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String from, RedirectAttributes redirect) {
        try {
            sessions.close(id);
            redirect.addFlashAttribute("success", "session.closed");
        } catch (ApiCallException e) {
            return failed(e, redirect);
        }
        return "live".equals(from) ? "redirect:/sessions/" + id + "/live" : "redirect:/sessions";
    }

    @PostMapping("/sessions/{id}/reopen")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        try {
            sessions.reopen(id);
            return "redirect:/sessions/" + id + "/live";
        } catch (ApiCallException e) {
            return failed(e, redirect);
        }
    }

    /** Admins create the week's sessions from the timetable (idempotent at the API). */
    @PostMapping("/sessions/generate")
    String generate(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            RedirectAttributes redirect) {
        LocalDate monday = date.with(DayOfWeek.MONDAY);
        try {
            SessionClient.Generated generated = sessions.generate(monday, monday.plusDays(6));
            redirect.addFlashAttribute("generated", generated);
        } catch (ApiCallException e) {
            failed(e, redirect);
        }
        return "redirect:/sessions?date=" + date;
    }

    private static String failed(ApiCallException e, RedirectAttributes redirect) {
        if (e.status() >= 500 || e.is(401)) {
            throw e;
        }
        redirect.addFlashAttribute("error", FormErrors.message(e.problem()));
        return "redirect:/sessions";
    }
}

package app.attendance.web.session;

import app.attendance.web.api.ApiCallException;
import app.attendance.web.api.FormErrors;
import app.attendance.web.api.Forms;
import app.attendance.web.auth.ApiUser;
import app.attendance.web.config.SchoolTime;
import app.attendance.web.schoolclass.SchoolClass;
import app.attendance.web.timetable.LessonChoices;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An ad-hoc session outside the timetable (a make-up lesson, an exam). Admins pick any teacher;
 * a teacher creates sessions for themselves only, and the API checks the class is one of theirs.
 * A new session opens on its live page.
 */
@Controller
class NewSessionController {

    private final SessionClient sessions;
    private final LessonChoices choices;
    private final SchoolTime time;

    NewSessionController(SessionClient sessions, LessonChoices choices, SchoolTime time) {
        this.sessions = sessions;
        this.choices = choices;
        this.time = time;
    }

    @GetMapping("/sessions/new")
    String form(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal ApiUser user, Model model) {
        LocalDate day = date == null ? time.today() : date;
        LocalDate today = time.today();
        model.addAttribute("form", SessionForm.blank(day, day.equals(today) ? time.now() : LocalTime.of(7, 0),
                user.isTeacher() ? user.teacherId() : null));
        return form(user, model);
    }

    @PostMapping("/sessions")
    String create(@Valid @ModelAttribute("form") SessionForm submitted, BindingResult result,
            @AuthenticationPrincipal ApiUser user, Model model) {
        SessionForm form = user.isTeacher() ? submitted.forTeacher(user.teacherId()) : submitted;
        if (!form.endsAfterStart()) {
            result.rejectValue("endTime", "slot.endAfterStart");
        }
        Session created;
        try {
            created = Forms.submit(result, () -> sessions.create(form));
        } catch (ApiCallException e) {
            if (!e.is(403)) {
                throw e;
            }
            // A teacher chose a class that is not theirs: say so on the form.
            result.rejectValue("classId", "api", FormErrors.message(e.problem()));
            created = null;
        }
        if (created == null) {
            return form(user, model);
        }
        return "redirect:/sessions/" + created.id() + "/live";
    }

    /**
     * A teacher sees the classes they are homeroom teacher of or teach (the API allows no others);
     * all classes when that leaves none, so the API can explain.
     */
    private List<SchoolClass> classesOf(ApiUser user) {
        List<SchoolClass> all = choices.classes();
        if (!user.isTeacher() || user.teacherId() == null) {
            return all;
        }
        Set<Long> taught = sessions.classesTaughtBy(user.teacherId());
        List<SchoolClass> own = all.stream()
                .filter(c -> user.teacherId().equals(c.homeroomTeacherId()) || taught.contains(c.id())).toList();
        return own.isEmpty() ? all : own;
    }

    private String form(ApiUser user, Model model) {
        model.addAttribute("classes", classesOf(user));
        model.addAttribute("subjects", choices.subjects());
        model.addAttribute("rooms", choices.rooms());
        model.addAttribute("teachers", user.isTeacher() ? List.of() : choices.teachers());
        model.addAttribute("teacherName", user.name());
        return "session/form";
    }
}

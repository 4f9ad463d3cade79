package app.attendance.web.user;

import app.attendance.web.api.ApiCallException;
import app.attendance.web.api.FormErrors;
import app.attendance.web.api.Forms;
import app.attendance.web.api.ListPage;
import app.attendance.web.student.Student;
import app.attendance.web.student.StudentClient;
import app.attendance.web.teacher.TeacherClient;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for sign-ins. The API keeps at least one enabled admin and explains when it refuses. */
@Controller
class UserController {

    private final UserClient users;
    private final TeacherClient teachers;
    private final StudentClient students;

    UserController(UserClient users, TeacherClient teachers, StudentClient students) {
        this.users = users;
        this.teachers = teachers;
        this.students = students;
    }

    @GetMapping("/users")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        ListPage.addTo(model, users.page(q, page, ListPage.SIZE, "username,asc", Map.of()), "/users",
                Map.of("q", q == null ? "" : q));
        model.addAttribute("q", q);
        return "user/list";
    }

    @GetMapping("/users/new")
    String create(Model model) {
        model.addAttribute("form", UserForm.blank());
        return form(model);
    }

    @PostMapping("/users")
    String create(@Validated(UserForm.Creating.class) @ModelAttribute("form") UserForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Long studentId = checkLink(form, result);
        if (Forms.submit(result, () -> users.create(form.toRequest(studentId))) == null) {
            return form(model);
        }
        redirect.addFlashAttribute("success", "user.created");
        return "redirect:/users?q=" + form.username().trim();
    }

    @GetMapping("/users/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        User user = users.get(id);
        String studentCode = user.studentId() == null ? null : students.get(user.studentId()).studentCode();
        model.addAttribute("form", UserForm.of(user, studentCode));
        model.addAttribute("id", id);
        return form(model);
    }

    @PostMapping("/users/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("id", id);
        Long studentId = checkLink(form, result);
        if (Forms.submit(result, () -> users.update(id, form.toUpdate(studentId))) == null) {
            return form(model);
        }
        redirect.addFlashAttribute("success", "user.saved");
        return "redirect:/users?q=" + form.username().trim();
    }

    /** Deletes a sign-in; the API refuses one's own and the last enabled admin's, and says why. */
    @PostMapping("/users/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Forms.delete(() -> users.delete(id, false), redirect);
        return "redirect:/users";
    }

    @PostMapping("/users/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam String username, @RequestParam String role,
            @RequestParam(required = false) Long teacherId, @RequestParam(required = false) Long studentId,
            @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            users.update(id, new UserClient.Update(username, role, teacherId, studentId, enabled));
            redirect.addFlashAttribute("success", enabled ? "user.enabledNow" : "user.disabledNow");
        } catch (ApiCallException e) {
            if (e.status() >= 500 || e.is(401)) {
                throw e;
            }
            redirect.addFlashAttribute("error", FormErrors.message(e.problem()));
        }
        return "redirect:/users";
    }

    @GetMapping("/users/{id}/password")
    String password(@PathVariable long id, @RequestParam(required = false) String username, Model model) {
        model.addAttribute("form", new PasswordForm(""));
        return passwordForm(id, username, model);
    }

    @PostMapping("/users/{id}/password")
    String password(@PathVariable long id, @RequestParam(required = false) String username,
            @Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> {
            users.changePassword(id, form.password());
            return Boolean.TRUE;
        }) == null) {
            return passwordForm(id, username, model);
        }
        redirect.addFlashAttribute("success", "user.passwordChanged");
        return "redirect:/users";
    }

    /** Checks the link the role needs; answers the student's id for a student's sign-in. */
    private Long checkLink(UserForm form, BindingResult result) {
        if ("TEACHER".equals(form.role()) && form.teacherId() == null) {
            result.rejectValue("teacherId", "user.teacherRequired");
        }
        if (!"STUDENT".equals(form.role())) {
            return null;
        }
        if (form.studentCode() == null) {
            result.rejectValue("studentCode", "user.studentRequired");
            return null;
        }
        Student student = students.page(form.studentCode(), 0, 10, null, Map.of()).content().stream()
                .filter(s -> form.studentCode().equalsIgnoreCase(s.studentCode())).findFirst().orElse(null);
        if (student == null) {
            result.rejectValue("studentCode", "user.studentNotFound", new Object[] {form.studentCode()}, null);
            return null;
        }
        return student.id();
    }

    private String passwordForm(long id, String username, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("username", username);
        return "user/password";
    }

    private String form(Model model) {
        model.addAttribute("teachers", teachers.all("fullName,asc"));
        return "user/form";
    }
}

package app.attendance.web.teacher;

import app.attendance.web.api.Forms;
import app.attendance.web.api.ListPage;
import app.attendance.web.subject.SubjectClient;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for teachers. */
@Controller
class TeacherController {

    private final TeacherClient teachers;
    private final SubjectClient subjects;

    TeacherController(TeacherClient teachers, SubjectClient subjects) {
        this.teachers = teachers;
        this.subjects = subjects;
    }

    @GetMapping("/teachers")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        ListPage.addTo(model, teachers.page(q, page, ListPage.SIZE, "fullName,asc", Map.of()), "/teachers",
                q == null ? Map.of() : Map.of("q", q));
        model.addAttribute("q", q);
        return "teacher/list";
    }

    @GetMapping("/teachers/new")
    String create(Model model) {
        model.addAttribute("form", new TeacherForm("", "", null, null, null, null, null));
        return form(model);
    }

    @PostMapping("/teachers")
    String create(@Valid @ModelAttribute("form") TeacherForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (Forms.submit(result, () -> teachers.create(form)) == null) {
            return form(model);
        }
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:/teachers";
    }

    @GetMapping("/teachers/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", TeacherForm.of(teachers.get(id)));
        model.addAttribute("id", id);
        return form(model);
    }

    @PostMapping("/teachers/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") TeacherForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("id", id);
        if (Forms.submit(result, () -> teachers.update(id, form)) == null) {
            return form(model);
        }
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:/teachers";
    }

    @PostMapping("/teachers/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Forms.delete(() -> teachers.delete(id, false), redirect);
        return "redirect:/teachers";
    }

    private String form(Model model) {
        model.addAttribute("subjects", subjects.all("code,asc"));
        return "teacher/form";
    }
}

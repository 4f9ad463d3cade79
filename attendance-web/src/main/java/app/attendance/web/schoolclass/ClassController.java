package app.attendance.web.schoolclass;

import app.attendance.web.api.Forms;
import app.attendance.web.api.ListPage;
import app.attendance.web.student.StudentClient;
import app.attendance.web.teacher.TeacherClient;
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

/** Classes: admins edit them, teachers see their own (the API decides which). */
@Controller
class ClassController {

    private final ClassClient classes;
    private final TeacherClient teachers;
    private final StudentClient students;

    ClassController(ClassClient classes, TeacherClient teachers, StudentClient students) {
        this.classes = classes;
        this.teachers = teachers;
        this.students = students;
    }

    @GetMapping("/classes")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        ListPage.addTo(model, classes.page(q, page, ListPage.SIZE, "name,asc", Map.of()), "/classes",
                q == null ? Map.of() : Map.of("q", q));
        model.addAttribute("q", q);
        return "schoolclass/list";
    }

    @GetMapping("/classes/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("schoolClass", classes.get(id));
        ListPage.addTo(model, students.page(null, page, 50, "fullName,asc", Map.of("classId", id)),
                "/classes/" + id, Map.of());
        return "schoolclass/show";
    }

    @GetMapping("/classes/new")
    String create(Model model) {
        model.addAttribute("form", new ClassForm("", 10, null));
        return form(model);
    }

    @PostMapping("/classes")
    String create(@Valid @ModelAttribute("form") ClassForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (Forms.submit(result, () -> classes.create(form)) == null) {
            return form(model);
        }
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:/classes";
    }

    @GetMapping("/classes/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", ClassForm.of(classes.get(id)));
        model.addAttribute("id", id);
        return form(model);
    }

    @PostMapping("/classes/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ClassForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("id", id);
        if (Forms.submit(result, () -> classes.update(id, form)) == null) {
            return form(model);
        }
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:/classes";
    }

    @PostMapping("/classes/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Forms.delete(() -> classes.delete(id, false), redirect);
        return "redirect:/classes";
    }

    private String form(Model model) {
        model.addAttribute("teachers", teachers.all("fullName,asc"));
        return "schoolclass/form";
    }
}

package app.attendance.web.student;

import app.attendance.web.api.ApiCallException;
import app.attendance.web.api.CrudPages;
import app.attendance.web.api.FormErrors;
import app.attendance.web.api.Forms;
import app.attendance.web.api.ListPage;
import app.attendance.web.schoolclass.ClassClient;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
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

/** Admin pages for students: list, create, edit, delete, consent, active. */
@Controller
class StudentController {

    private final StudentClient students;
    private final ClassClient classes;
    private final CrudPages pages;

    StudentController(StudentClient students, ClassClient classes) {
        this.students = students;
        this.classes = classes;
        this.pages = new CrudPages("/students", "student", model -> model.addAttribute("classes", classes.all(
                "name,asc")));
    }

    @GetMapping("/students")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long classId,
            @RequestParam(required = false) String enrolment, @RequestParam(defaultValue = "0") int page, Model model) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("classId", classId);
        filters.put("enrolment", enrolment);
        Map<String, Object> link = new LinkedHashMap<>(filters);
        link.put("q", q);
        ListPage.addTo(model, students.page(q, page, ListPage.SIZE, "fullName,asc", filters), "/students", link);
        model.addAttribute("q", q);
        model.addAttribute("classId", classId);
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("classes", classes.all("name,asc"));
        return "student/list";
    }

    @GetMapping("/students/new")
    String create(@RequestParam(required = false) Long classId, Model model) {
        return pages.create(StudentForm.empty(classId), model);
    }

    @PostMapping("/students")
    String create(@Valid @ModelAttribute("form") StudentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Student created = Forms.submit(result, () -> students.create(form));
        if (created == null) {
            return pages.form(model);
        }
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:/students/" + created.id() + "/photos";
    }

    @GetMapping("/students/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Student student = students.get(id);
        model.addAttribute("student", student);
        return pages.edit(id, StudentForm.of(student), model);
    }

    @PostMapping("/students/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") StudentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("id", id);
        if (Forms.submit(result, () -> students.update(id, form)) == null) {
            model.addAttribute("student", students.get(id));
            return pages.form(model);
        }
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:/students";
    }

    @PostMapping("/students/{id}/consent")
    String consent(@PathVariable long id, @RequestParam boolean given, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            students.setConsent(id, given);
            redirect.addFlashAttribute("success", given ? "student.consent.given" : "student.consent.withdrawn");
        } catch (ApiCallException e) {
            if (e.status() >= 500 || e.is(401)) {
                throw e;
            }
            redirect.addFlashAttribute("error", FormErrors.message(e.problem()));
        }
        return "photos".equals(back) ? "redirect:/students/" + id + "/photos" : "redirect:/students/" + id + "/edit";
    }

    @PostMapping("/students/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        try {
            students.setActive(id, active);
            redirect.addFlashAttribute("success", active ? "student.active.reactivated" : "student.active.deactivated");
        } catch (ApiCallException e) {
            if (e.status() >= 500 || e.is(401)) {
                throw e;
            }
            redirect.addFlashAttribute("error", FormErrors.message(e.problem()));
        }
        return "redirect:/students/" + id + "/edit";
    }

    @PostMapping("/students/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean cascade,
            RedirectAttributes redirect) {
        return pages.delete(() -> students.delete(id, cascade), redirect);
    }
}

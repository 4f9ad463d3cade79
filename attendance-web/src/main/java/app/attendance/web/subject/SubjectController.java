package app.attendance.web.subject;

import app.attendance.web.api.Forms;
import app.attendance.web.api.ListPage;
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

/** Admin pages for subjects. */
@Controller
class SubjectController {

    private final SubjectClient subjects;

    SubjectController(SubjectClient subjects) {
        this.subjects = subjects;
    }

    @GetMapping("/subjects")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        ListPage.addTo(model, subjects.page(q, page, ListPage.SIZE, "code,asc", Map.of()), "/subjects", qMap(q));
        model.addAttribute("q", q);
        return "subject/list";
    }

    @GetMapping("/subjects/new")
    String create(Model model) {
        model.addAttribute("form", SubjectForm.empty());
        return "subject/form";
    }

    @PostMapping("/subjects")
    String create(@Valid @ModelAttribute("form") SubjectForm form, BindingResult result, RedirectAttributes redirect) {
        if (Forms.submit(result, () -> subjects.create(form)) == null) {
            return "subject/form";
        }
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:/subjects";
    }

    @GetMapping("/subjects/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", SubjectForm.of(subjects.get(id)));
        model.addAttribute("id", id);
        return "subject/form";
    }

    @PostMapping("/subjects/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") SubjectForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("id", id);
        if (Forms.submit(result, () -> subjects.update(id, form)) == null) {
            return "subject/form";
        }
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:/subjects";
    }

    @PostMapping("/subjects/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Forms.delete(() -> subjects.delete(id, false), redirect);
        return "redirect:/subjects";
    }

    static Map<String, String> qMap(String q) {
        return q == null ? Map.of() : Map.of("q", q);
    }
}

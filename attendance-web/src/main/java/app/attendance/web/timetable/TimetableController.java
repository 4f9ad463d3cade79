package app.attendance.web.timetable;

import app.attendance.web.api.ApiCallException;
import app.attendance.web.api.FormErrors;
import app.attendance.web.api.Forms;
import app.attendance.web.auth.ApiUser;
import app.attendance.web.config.SchoolTime;
import app.attendance.web.schoolclass.SchoolClass;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The weekly grid (by class, teacher or room) and, for admins, slot editing. */
@Controller
class TimetableController {

    private static final Map<String, String> CLASH_FIELDS = Map.of("CLASS", "classId", "TEACHER", "teacherId", "ROOM",
            "roomId");

    private final TimetableClient timetable;
    private final LessonChoices choices;
    private final SchoolTime time;

    TimetableController(TimetableClient timetable, LessonChoices choices, SchoolTime time) {
        this.timetable = timetable;
        this.choices = choices;
        this.time = time;
    }

    @GetMapping("/timetable")
    String grid(@RequestParam(required = false) Long classId, @RequestParam(required = false) Long teacherId,
            @RequestParam(required = false) Long roomId, @AuthenticationPrincipal ApiUser user, Model model) {
        List<SchoolClass> classList = choices.classes();
        String filter;
        Long id;
        if (teacherId != null) {
            filter = "teacherId";
            id = teacherId;
        } else if (roomId != null) {
            filter = "roomId";
            id = roomId;
        } else if (classId == null && user.isTeacher() && user.teacherId() != null) {
            filter = "teacherId";
            id = user.teacherId();
        } else {
            filter = "classId";
            id = classId != null ? classId : classList.isEmpty() ? null : classList.getFirst().id();
        }
        model.addAttribute("filter", filter);
        model.addAttribute("selectedId", id);
        model.addAttribute("classes", classList);
        model.addAttribute("teachers", choices.teachers());
        model.addAttribute("rooms", choices.rooms());
        model.addAttribute("grid", WeekGrid.of(id == null ? List.of() : timetable.slots(filter, id)));
        return "timetable/grid";
    }

    @GetMapping("/timetable/slots/new")
    String create(@RequestParam(required = false) Long classId, @RequestParam(required = false) String weekday,
            Model model) {
        model.addAttribute("form", SlotForm.blank(classId, weekday, time.today()));
        return form(model);
    }

    @PostMapping("/timetable/slots")
    String create(@Valid @ModelAttribute("form") SlotForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(form, result, model, redirect, () -> timetable.create(form));
    }

    @GetMapping("/timetable/slots/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", SlotForm.of(timetable.get(id)));
        model.addAttribute("id", id);
        return form(model);
    }

    @PostMapping("/timetable/slots/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") SlotForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("id", id);
        return save(form, result, model, redirect, () -> timetable.update(id, form));
    }

    @PostMapping("/timetable/slots/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long classId, RedirectAttributes redirect) {
        Forms.delete(() -> timetable.delete(id), redirect);
        return classId == null ? "redirect:/timetable" : "redirect:/timetable?classId=" + classId;
    }

    private String save(SlotForm form, BindingResult result, Model model, RedirectAttributes redirect,
            Supplier<Slot> call) {
        if (!form.endsAfterStart()) {
            result.rejectValue("endTime", "slot.endAfterStart");
        }
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            call.get();
        } catch (ApiCallException e) {
            if ("timetable-clash".equals(e.code())) {
                model.addAttribute("clashes", e.problem().clashes());
                e.problem().clashes().forEach(c -> {
                    String field = CLASH_FIELDS.get(c.kind());
                    if (field != null && result.getFieldError(field) == null) {
                        result.rejectValue(field, "clash", c.description());
                    }
                });
                return form(model);
            }
            if (!FormErrors.apply(e, result)) {
                throw e;
            }
            return form(model);
        }
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:/timetable?classId=" + form.classId();
    }

    private String form(Model model) {
        model.addAttribute("classes", choices.classes());
        model.addAttribute("teachers", choices.teachers());
        model.addAttribute("rooms", choices.rooms());
        model.addAttribute("subjects", choices.subjects());
        return "timetable/form";
    }
}

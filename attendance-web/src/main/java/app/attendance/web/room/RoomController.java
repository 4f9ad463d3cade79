package app.attendance.web.room;

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

/** Admin pages for rooms. */
@Controller
class RoomController {

    private final RoomClient rooms;

    RoomController(RoomClient rooms) {
        this.rooms = rooms;
    }

    @GetMapping("/rooms")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        ListPage.addTo(model, rooms.page(q, page, ListPage.SIZE, "name,asc", Map.of()), "/rooms",
                q == null ? Map.of() : Map.of("q", q));
        model.addAttribute("q", q);
        return "room/list";
    }

    @GetMapping("/rooms/new")
    String create(Model model) {
        model.addAttribute("form", new RoomForm("", 40));
        return "room/form";
    }

    @PostMapping("/rooms")
    String create(@Valid @ModelAttribute("form") RoomForm form, BindingResult result, RedirectAttributes redirect) {
        if (Forms.submit(result, () -> rooms.create(form)) == null) {
            return "room/form";
        }
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:/rooms";
    }

    @GetMapping("/rooms/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", RoomForm.of(rooms.get(id)));
        model.addAttribute("id", id);
        return "room/form";
    }

    @PostMapping("/rooms/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RoomForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("id", id);
        if (Forms.submit(result, () -> rooms.update(id, form)) == null) {
            return "room/form";
        }
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:/rooms";
    }

    @PostMapping("/rooms/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Forms.delete(() -> rooms.delete(id, false), redirect);
        return "redirect:/rooms";
    }
}

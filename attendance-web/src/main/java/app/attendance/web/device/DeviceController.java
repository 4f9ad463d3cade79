package app.attendance.web.device;

import app.attendance.web.api.Forms;
import app.attendance.web.api.ListPage;
import app.attendance.web.room.RoomClient;
import app.attendance.web.schoolclass.ClassClient;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Admin pages for camera devices. The key the API returns on registration or rotation is
 * rendered straight into the answer (never stored here) and cannot be shown again.
 */
@Controller
class DeviceController {

    private final DeviceClient devices;
    private final RoomClient rooms;
    private final ClassClient classes;

    DeviceController(DeviceClient devices, RoomClient rooms, ClassClient classes) {
        this.devices = devices;
        this.rooms = rooms;
        this.classes = classes;
    }

    @GetMapping("/devices")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        ListPage.addTo(model, devices.page(null, page, ListPage.SIZE, "name,asc", Map.of()), "/devices", Map.of());
        return "device/list";
    }

    @GetMapping("/devices/new")
    String create(Model model) {
        model.addAttribute("form", new DeviceForm("", null, null, true));
        return form(model);
    }

    @PostMapping("/devices")
    String create(@Valid @ModelAttribute("form") DeviceForm form, BindingResult result, Model model,
                  HttpServletResponse response) {
        DeviceClient.Registration registration = Forms.submit(result, () -> devices.register(form));
        if (registration == null) {
            return form(model);
        }
        return showKey(registration, model, response);
    }

    @GetMapping("/devices/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", DeviceForm.of(devices.get(id)));
        model.addAttribute("id", id);
        return form(model);
    }

    @PostMapping("/devices/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DeviceForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("id", id);
        if (Forms.submit(result, () -> devices.update(id, form)) == null) {
            return form(model);
        }
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:/devices";
    }

    @PostMapping("/devices/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        devices.update(id, DeviceForm.of(devices.get(id)).withEnabled(enabled));
        redirect.addFlashAttribute("success", enabled ? "device.enabledNow" : "device.disabledNow");
        return "redirect:/devices";
    }

    @PostMapping("/devices/{id}/rotate-key")
    String rotate(@PathVariable long id, Model model, HttpServletResponse response) {
        return showKey(devices.rotateKey(id), model, response);
    }

    @PostMapping("/devices/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Forms.delete(() -> devices.delete(id, false), redirect);
        return "redirect:/devices";
    }

    private static String showKey(DeviceClient.Registration registration, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        model.addAttribute("device", registration.device());
        model.addAttribute("key", registration.key());
        return "device/key";
    }

    private String form(Model model) {
        model.addAttribute("rooms", rooms.all("name,asc"));
        model.addAttribute("classes", classes.all("name,asc"));
        return "device/form";
    }
}

package app.attendance.web.device;

import app.attendance.web.api.CrudPages;
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
    private final CrudPages pages;

    DeviceController(DeviceClient devices, RoomClient rooms, ClassClient classes) {
        this.devices = devices;
        this.pages = new CrudPages("/devices", "device", model -> {
            model.addAttribute("rooms", rooms.all("name,asc"));
            model.addAttribute("classes", classes.all("name,asc"));
        });
    }

    @GetMapping("/devices")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        ListPage.addTo(model, devices.page(null, page, ListPage.SIZE, "name,asc", Map.of()), "/devices", Map.of());
        return "device/list";
    }

    @GetMapping("/devices/new")
    String create(Model model) {
        return pages.create(new DeviceForm("", null, null, true), model);
    }

    @PostMapping("/devices")
    String create(@Valid @ModelAttribute("form") DeviceForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        DeviceClient.Registration registration = Forms.submit(result, () -> devices.register(form));
        if (registration == null) {
            return pages.form(model);
        }
        return showKey(registration, model, response);
    }

    @GetMapping("/devices/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return pages.edit(id, DeviceForm.of(devices.get(id)), model);
    }

    @PostMapping("/devices/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DeviceForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return pages.update(id, result, () -> devices.update(id, form), model, redirect);
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
        return pages.delete(() -> devices.delete(id, false), redirect);
    }

    private static String showKey(DeviceClient.Registration registration, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        model.addAttribute("device", registration.device());
        model.addAttribute("key", registration.key());
        return "device/key";
    }
}

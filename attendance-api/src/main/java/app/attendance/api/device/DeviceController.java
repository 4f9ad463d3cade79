package app.attendance.api.device;

import app.attendance.api.system.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/devices} (ADMIN): registration, key rotation, updates. */
@RestController
@RequestMapping("/api/devices")
class DeviceController {

    private final DeviceService service;

    DeviceController(DeviceService service) {
        this.service = service;
    }

    @GetMapping
    PageResponse<DeviceView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return service.list(q, page, size, sort);
    }

    @GetMapping("/{id:\\d+}")
    DeviceView get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    ResponseEntity<DeviceWithKey> create(@Valid @RequestBody DeviceRequest body) {
        DeviceWithKey created = service.create(body);
        return ResponseEntity.created(URI.create("/api/devices/" + created.device().id())).body(created);
    }

    @PostMapping("/{id:\\d+}/rotate-key")
    DeviceWithKey rotateKey(@PathVariable long id) {
        return service.rotateKey(id);
    }

    @PutMapping("/{id:\\d+}")
    DeviceView update(@PathVariable long id, @Valid @RequestBody DeviceRequest body) {
        return service.update(id, body);
    }

    @DeleteMapping("/{id:\\d+}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        service.delete(id);
    }
}

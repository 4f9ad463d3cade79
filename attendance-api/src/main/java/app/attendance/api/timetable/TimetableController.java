package app.attendance.api.timetable;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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

/** {@code /api/timetable}: ADMIN writes; TEACHER reads the slots of own classes. Not paged. */
@RestController
@RequestMapping("/api/timetable")
class TimetableController {

    private final TimetableService service;

    TimetableController(TimetableService service) {
        this.service = service;
    }

    @GetMapping
    List<SlotView> list(@RequestParam(required = false) Long classId, @RequestParam(required = false) Long teacherId,
            @RequestParam(required = false) Long roomId) {
        return service.list(classId, teacherId, roomId);
    }

    @GetMapping("/{id}")
    SlotView get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    ResponseEntity<SlotView> create(@Valid @RequestBody SlotRequest body) {
        SlotView created = service.create(body);
        return ResponseEntity.created(URI.create("/api/timetable/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    SlotView update(@PathVariable long id, @Valid @RequestBody SlotRequest body) {
        return service.update(id, body);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        service.delete(id);
    }
}

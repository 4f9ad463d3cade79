package app.attendance.api.teacher;

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

/** {@code /api/teachers}: ADMIN writes, TEACHER reads; CSV import lives in {@code importing}. */
@RestController
@RequestMapping("/api/teachers")
class TeacherController {

    private final TeacherService service;

    TeacherController(TeacherService service) {
        this.service = service;
    }

    @GetMapping
    PageResponse<TeacherView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return service.list(q, page, size, sort);
    }

    @GetMapping("/{id}")
    TeacherView get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    ResponseEntity<TeacherView> create(@Valid @RequestBody TeacherRequest body) {
        TeacherView created = service.create(body);
        return ResponseEntity.created(URI.create("/api/teachers/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    TeacherView update(@PathVariable long id, @Valid @RequestBody TeacherRequest body) {
        return service.update(id, body);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        service.delete(id);
    }
}

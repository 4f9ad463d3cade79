package app.attendance.api.schoolclass;

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

/** {@code /api/classes}: ADMIN writes, TEACHER reads; delete takes {@code ?cascade=true}. */
@RestController
@RequestMapping("/api/classes")
class ClassController {

    private final ClassService service;

    ClassController(ClassService service) {
        this.service = service;
    }

    @GetMapping
    PageResponse<ClassView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return service.list(q, page, size, sort);
    }

    @GetMapping("/{id}")
    ClassView get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    ResponseEntity<ClassView> create(@Valid @RequestBody ClassRequest body) {
        ClassView created = service.create(body);
        return ResponseEntity.created(URI.create("/api/classes/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    ClassView update(@PathVariable long id, @Valid @RequestBody ClassRequest body) {
        return service.update(id, body);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean cascade) {
        service.delete(id, cascade);
    }
}

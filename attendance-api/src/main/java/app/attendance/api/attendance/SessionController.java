package app.attendance.api.attendance;

import app.attendance.api.auth.AccessPolicy;
import app.attendance.api.system.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
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

/** {@code /api/sessions}: ADMIN everything; TEACHER own sessions and classes. */
@RestController
@RequestMapping("/api/sessions")
class SessionController {

    private final SessionService service;
    private final SessionGenerator generator;
    private final ManualMarking manual;
    private final AccessPolicy access;

    SessionController(SessionService service, SessionGenerator generator, ManualMarking manual, AccessPolicy access) {
        this.service = service;
        this.generator = generator;
        this.manual = manual;
        this.access = access;
    }

    @GetMapping
    PageResponse<SessionView> list(@RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long classId, @RequestParam(required = false) Long teacherId,
            @RequestParam(required = false) SessionStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return service.list(date, from, to, classId, teacherId, status, access.teacherScope(), page, size, sort);
    }

    @GetMapping("/{id}")
    SessionView get(@PathVariable long id) {
        access.requireSession(id);
        return service.get(id);
    }

    @PostMapping
    ResponseEntity<SessionView> create(@Valid @RequestBody SessionRequests.AdHoc body) {
        Long scope = access.teacherScope();
        if (scope != null) {
            access.requireClass(body.classId());
            if (!scope.equals(body.teacherId())) {
                throw app.attendance.api.system.ApiException.forbidden("Teachers create sessions for themselves only");
            }
        }
        SessionView created = service.createAdHoc(body);
        return ResponseEntity.created(URI.create("/api/sessions/" + created.id())).body(created);
    }

    @PostMapping("/generate")
    GenerateResult generate(@Valid @RequestBody SessionRequests.Generate body) {
        return generator.generate(body.from(), body.to());
    }

    @PostMapping("/{id}/open")
    SessionView open(@PathVariable long id) {
        access.requireSession(id);
        return service.open(id);
    }

    @PostMapping("/{id}/close")
    SessionView close(@PathVariable long id) {
        access.requireSession(id);
        return service.close(id);
    }

    @PostMapping("/{id}/reopen")
    SessionView reopen(@PathVariable long id) {
        access.requireSession(id);
        return service.reopen(id);
    }

    @GetMapping("/{id}/roster")
    List<RosterRow> roster(@PathVariable long id) {
        access.requireSession(id);
        return service.roster(id);
    }

    @PutMapping("/{id}/attendance/{studentId}")
    RosterRow mark(@PathVariable long id, @PathVariable long studentId,
            @Valid @RequestBody SessionRequests.Mark body) {
        access.requireSession(id);
        return manual.set(id, studentId, body.status(), body.note());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean cascade) {
        if (access.teacherScope() != null) {
            throw app.attendance.api.system.ApiException.forbidden("Only admins delete sessions");
        }
        service.delete(id, cascade);
    }
}

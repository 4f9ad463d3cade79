package app.attendance.api.student;

import app.attendance.api.system.PageResponse;
import app.attendance.api.system.RecordController;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/students}: ADMIN writes; TEACHER reads own classes; STUDENT reads own record. */
@RestController
@RequestMapping("/api/students")
class StudentController extends RecordController<StudentView, StudentRequest, StudentRequest> {

    private final StudentService service;

    StudentController(StudentService service) {
        super(service, "/api/students", StudentView::id);
        this.service = service;
    }

    @GetMapping
    PageResponse<StudentView> list(@RequestParam(required = false) Long classId,
            @RequestParam(required = false) EnrolmentStatus enrolment, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return service.list(classId, enrolment, active, q, page, size, sort);
    }

    @PutMapping("/{id}/consent")
    StudentView consent(@PathVariable long id, @Valid @RequestBody ConsentRequest body) {
        return service.consent(id, body.given());
    }

    /** Takes a student off every roster and out of recognition, or re-admits them; history stays. */
    @PutMapping("/{id}/active")
    StudentView active(@PathVariable long id, @Valid @RequestBody ActiveRequest body) {
        return service.active(id, body.active());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean cascade) {
        service.delete(id, cascade);
    }
}

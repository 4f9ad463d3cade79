package app.attendance.api.schoolclass;

import app.attendance.api.system.PagedController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/classes}: ADMIN writes, TEACHER reads; delete takes {@code ?cascade=true}. */
@RestController
@RequestMapping("/api/classes")
class ClassController extends PagedController<ClassView, ClassRequest, ClassRequest> {

    private final ClassService service;

    ClassController(ClassService service) {
        super(service, "/api/classes", ClassView::id);
        this.service = service;
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean cascade) {
        service.delete(id, cascade);
    }
}

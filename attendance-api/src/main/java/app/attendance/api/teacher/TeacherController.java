package app.attendance.api.teacher;

import app.attendance.api.system.CrudController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/teachers}: ADMIN writes, TEACHER reads; CSV import lives in {@code importing}. */
@RestController
@RequestMapping("/api/teachers")
class TeacherController extends CrudController<TeacherView, TeacherRequest> {

    TeacherController(TeacherService service) {
        super(service, "/api/teachers", TeacherView::id);
    }
}

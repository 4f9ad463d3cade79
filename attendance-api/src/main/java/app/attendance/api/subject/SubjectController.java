package app.attendance.api.subject;

import app.attendance.api.system.CrudController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/subjects}: ADMIN writes, TEACHER reads. */
@RestController
@RequestMapping("/api/subjects")
class SubjectController extends CrudController<SubjectView, SubjectRequest> {

    SubjectController(SubjectService service) {
        super(service, "/api/subjects", SubjectView::id);
    }
}

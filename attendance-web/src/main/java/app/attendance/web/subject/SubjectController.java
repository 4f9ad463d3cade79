package app.attendance.web.subject;

import app.attendance.web.api.CrudController;
import app.attendance.web.api.CrudPages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Admin pages for subjects. */
@Controller
@RequestMapping("/subjects")
class SubjectController extends CrudController<Subject, SubjectForm> {

    SubjectController(SubjectClient subjects) {
        super(subjects, new CrudPages("/subjects", "subject"), "code,asc", SubjectForm::empty, SubjectForm::of);
    }
}

package app.attendance.web.teacher;

import app.attendance.web.api.CrudController;
import app.attendance.web.api.CrudPages;
import app.attendance.web.subject.SubjectClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Admin pages for teachers; the form offers the subjects to tick. */
@Controller
@RequestMapping("/teachers")
class TeacherController extends CrudController<Teacher, TeacherForm> {

    TeacherController(TeacherClient teachers, SubjectClient subjects) {
        super(teachers, new CrudPages("/teachers", "teacher", model -> model.addAttribute("subjects", subjects.all(
                "code,asc"))),
                "fullName,asc", () -> new TeacherForm("", "", null, null, null, null, null), TeacherForm::of);
    }
}

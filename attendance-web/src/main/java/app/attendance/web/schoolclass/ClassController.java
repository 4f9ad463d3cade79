package app.attendance.web.schoolclass;

import app.attendance.web.api.CrudController;
import app.attendance.web.api.CrudPages;
import app.attendance.web.api.ListPage;
import app.attendance.web.teacher.TeacherClient;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Classes: admins edit them, teachers see their own (the API decides which); a class's page lists
 * its students. The form offers the teachers as homeroom teacher.
 */
@Controller
@RequestMapping("/classes")
class ClassController extends CrudController<SchoolClass, ClassForm> {

    private final ClassClient classes;
    private final ClassMemberClient students;

    ClassController(ClassClient classes, TeacherClient teachers, ClassMemberClient students) {
        super(classes, new CrudPages("/classes", "schoolclass", model -> model.addAttribute("teachers", teachers.all(
                "fullName,asc"))),
                "name,asc", () -> new ClassForm("", 10, null), ClassForm::of);
        this.classes = classes;
        this.students = students;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("schoolClass", classes.get(id));
        ListPage.addTo(model, students.page(null, page, 50, "fullName,asc", Map.of("classId", id, "active", true)),
                "/classes/" + id, Map.of());
        return "schoolclass/show";
    }
}

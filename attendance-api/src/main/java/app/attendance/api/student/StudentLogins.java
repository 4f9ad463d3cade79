package app.attendance.api.student;

import app.attendance.api.user.LinkedPeople;
import app.attendance.api.user.Role;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Student logins are linked to students: their names for the user listing, their existence for the link. */
@Component
class StudentLogins implements LinkedPeople {

    private final StudentDirectory students;

    StudentLogins(StudentDirectory students) {
        this.students = students;
    }

    @Override
    public Role role() {
        return Role.STUDENT;
    }

    @Override
    public Optional<String> nameOf(long id) {
        return students.nameOf(id);
    }
}

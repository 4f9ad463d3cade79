package app.attendance.web.timetable;

import app.attendance.web.room.Room;
import app.attendance.web.room.RoomClient;
import app.attendance.web.schoolclass.ClassClient;
import app.attendance.web.schoolclass.SchoolClass;
import app.attendance.web.subject.Subject;
import app.attendance.web.subject.SubjectClient;
import app.attendance.web.teacher.Teacher;
import app.attendance.web.teacher.TeacherClient;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a lesson is made of, for the pages that plan one (the timetable's slots, ad-hoc sessions): every class,
 * subject, teacher and room, each in the order the pickers list them. Each call asks the API.
 */
@Component
public class LessonChoices {

    private final ClassClient classes;
    private final SubjectClient subjects;
    private final TeacherClient teachers;
    private final RoomClient rooms;

    LessonChoices(ClassClient classes, SubjectClient subjects, TeacherClient teachers, RoomClient rooms) {
        this.classes = classes;
        this.subjects = subjects;
        this.teachers = teachers;
        this.rooms = rooms;
    }

    public List<SchoolClass> classes() {
        return classes.all("name,asc");
    }

    public List<Subject> subjects() {
        return subjects.all("code,asc");
    }

    public List<Teacher> teachers() {
        return teachers.all("fullName,asc");
    }

    public List<Room> rooms() {
        return rooms.all("name,asc");
    }
}

package app.attendance.api.timetable;

import app.attendance.api.room.RoomReferences;
import app.attendance.api.schoolclass.ClassReferences;
import app.attendance.api.subject.SubjectReferences;
import app.attendance.api.system.TableRows;
import app.attendance.api.teacher.TeacherReferences;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a table of lessons (timetable slots, sessions; see {@link Lesson}) answers about the classes,
 * rooms, teachers and subjects its rows refer to: a class's lessons are deleted with it; a room,
 * teacher or subject with lessons is kept. Each owning package declares its table.
 */
public abstract class LessonUsage implements ClassReferences, RoomReferences, TeacherReferences, SubjectReferences {

    private final TableRows lessons;

    protected LessonUsage(JdbcClient jdbc, String table) {
        this.lessons = new TableRows(jdbc, table);
    }

    @Override
    public long classUses(long classId) {
        return lessons.count("class_id", classId);
    }

    @Override
    public void removeClassUses(long classId) {
        lessons.delete("class_id", classId);
    }

    @Override
    public long roomUses(long roomId) {
        return lessons.count("room_id", roomId);
    }

    @Override
    public long teacherUses(long teacherId) {
        return lessons.count("teacher_id", teacherId);
    }

    @Override
    public long subjectUses(long subjectId) {
        return lessons.count("subject_id", subjectId);
    }
}

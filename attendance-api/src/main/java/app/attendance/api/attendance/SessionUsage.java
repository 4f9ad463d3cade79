package app.attendance.api.attendance;

import app.attendance.api.room.RoomReferences;
import app.attendance.api.schoolclass.ClassReferences;
import app.attendance.api.subject.SubjectReferences;
import app.attendance.api.teacher.TeacherReferences;
import app.attendance.api.system.TableRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sessions refer to classes, rooms, teachers and subjects: a class's sessions are deleted with it (their records go
 * too); a room, teacher or subject with sessions is kept.
 */
@Component
@Order(2)
class SessionUsage implements ClassReferences, RoomReferences, TeacherReferences, SubjectReferences {

    private final TableRows sessions;

    SessionUsage(JdbcClient jdbc) {
        this.sessions = new TableRows(jdbc, "sessions");
    }

    @Override
    public long classUses(long classId) {
        return sessions.count("class_id", classId);
    }

    @Override
    public void removeClassUses(long classId) {
        sessions.delete("class_id", classId);
    }

    @Override
    public long roomUses(long roomId) {
        return sessions.count("room_id", roomId);
    }

    @Override
    public long teacherUses(long teacherId) {
        return sessions.count("teacher_id", teacherId);
    }

    @Override
    public long subjectUses(long subjectId) {
        return sessions.count("subject_id", subjectId);
    }
}

package app.attendance.api.timetable;

import app.attendance.api.room.RoomReferences;
import app.attendance.api.schoolclass.ClassReferences;
import app.attendance.api.subject.SubjectReferences;
import app.attendance.api.teacher.TeacherReferences;
import app.attendance.api.system.TableRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Timetable slots refer to classes, rooms, teachers and subjects: a class's slots are deleted with it (after its
 * sessions); a room, teacher or subject with slots is kept.
 */
@Component
@Order(3)
class SlotUsage implements ClassReferences, RoomReferences, TeacherReferences, SubjectReferences {

    private final TableRows slots;

    SlotUsage(JdbcClient jdbc) {
        this.slots = new TableRows(jdbc, "timetable_slots");
    }

    @Override
    public long classUses(long classId) {
        return slots.count("class_id", classId);
    }

    @Override
    public void removeClassUses(long classId) {
        slots.delete("class_id", classId);
    }

    @Override
    public long roomUses(long roomId) {
        return slots.count("room_id", roomId);
    }

    @Override
    public long teacherUses(long teacherId) {
        return slots.count("teacher_id", teacherId);
    }

    @Override
    public long subjectUses(long subjectId) {
        return slots.count("subject_id", subjectId);
    }
}

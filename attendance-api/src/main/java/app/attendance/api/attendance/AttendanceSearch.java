package app.attendance.api.attendance;

import app.attendance.api.timetable.TimetableSlot;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Builds the attendance list query from only the filters given; the count query joins the
 * session only when a filter needs it, so an unfiltered count reads one table.
 */
final class AttendanceSearch {

    private AttendanceSearch() {
    }

    /** Every argument may be null (= no filter); {@code teacherId} limits to the teacher's classes and sessions. */
    @SuppressWarnings("unchecked")
    static Specification<AttendanceRecord> of(Long studentId, Long classId, LocalDate from, LocalDate to,
            AttendanceStatus status, Long teacherId) {
        return (root, query, cb) -> {
            boolean counting = query.getResultType() == Long.class || query.getResultType() == long.class;
            Join<AttendanceRecord, ClassSession> session = null;
            if (!counting) {
                Fetch<AttendanceRecord, ClassSession> fetch = root.fetch("session");
                fetch.fetch("subject");
                fetch.fetch("schoolClass");
                root.fetch("student");
                session = (Join<AttendanceRecord, ClassSession>) fetch;
            } else if (classId != null || from != null || to != null || teacherId != null) {
                session = root.join("session");
            }
            List<Predicate> where = new ArrayList<>();
            if (studentId != null) {
                where.add(cb.equal(root.get("student").get("id"), studentId));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (classId != null) {
                where.add(cb.equal(session.get("schoolClass").get("id"), classId));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(session.get("date"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(session.get("date"), to));
            }
            if (teacherId != null) {
                Subquery<Long> slots = query.subquery(Long.class);
                Root<TimetableSlot> slot = slots.from(TimetableSlot.class);
                slots.select(slot.get("id")).where(cb.equal(slot.get("schoolClass"), session.get("schoolClass")),
                        cb.equal(slot.get("teacher").get("id"), teacherId));
                where.add(cb.or(cb.equal(session.get("teacher").get("id"), teacherId),
                        cb.equal(session.get("schoolClass").get("homeroomTeacher").get("id"), teacherId),
                        cb.exists(slots)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}

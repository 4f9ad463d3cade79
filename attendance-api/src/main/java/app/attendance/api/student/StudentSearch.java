package app.attendance.api.student;

import app.attendance.api.timetable.TimetableSlot;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Builds the student list query from only the filters given, so PostgreSQL plans each shape
 * well (no {@code :x is null or ...} branches) and the count query joins nothing it does not need.
 */
final class StudentSearch {

    private StudentSearch() {
    }

    /**
     * @param likePattern lower-case LIKE pattern escaped with {@code \}, or null for no text filter
     * @param teacherId restricts to classes the teacher is homeroom of or teaches in a slot; null = all
     */
    static Specification<Student> of(Long classId, EnrolmentStatus enrolment, String likePattern, Long teacherId) {
        return (root, query, cb) -> {
            boolean counting = query.getResultType() == Long.class || query.getResultType() == long.class;
            if (!counting) {
                root.fetch("schoolClass");
            }
            List<Predicate> where = new ArrayList<>();
            if (classId != null) {
                where.add(cb.equal(root.get("schoolClass").get("id"), classId));
            }
            if (enrolment != null) {
                where.add(cb.equal(root.get("enrolmentStatus"), enrolment));
            }
            if (likePattern != null) {
                where.add(cb.or(cb.like(cb.lower(root.get("fullName")), likePattern, '\\'),
                        cb.like(cb.lower(root.get("studentCode")), likePattern, '\\')));
            }
            if (teacherId != null) {
                where.add(teacherHasClass(root, query.subquery(Long.class), cb, teacherId));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Predicate teacherHasClass(Root<Student> root, Subquery<Long> slots, CriteriaBuilder cb,
            long teacherId) {
        Root<TimetableSlot> slot = slots.from(TimetableSlot.class);
        slots.select(slot.get("id")).where(cb.equal(slot.get("schoolClass"), root.get("schoolClass")),
                cb.equal(slot.get("teacher").get("id"), teacherId));
        return cb.or(cb.equal(root.get("schoolClass").get("homeroomTeacher").get("id"), teacherId), cb.exists(slots));
    }
}

package app.attendance.api.attendance;

import app.attendance.api.timetable.TimetableSlot;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Builds the session list query from only the filters given (see {@code StudentSearch} for why). */
final class SessionSearch {

    private SessionSearch() {
    }

    /** Every argument may be null (= no filter); {@code visibleTo} limits to a teacher's sessions and classes. */
    static Specification<ClassSession> of(LocalDate from, LocalDate to, Long classId, Long teacherId,
            SessionStatus status, Long visibleTo) {
        return (root, query, cb) -> {
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                root.fetch("schoolClass");
                root.fetch("subject");
                root.fetch("teacher");
                root.fetch("room", jakarta.persistence.criteria.JoinType.LEFT);
            }
            List<Predicate> where = new ArrayList<>();
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("date"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("date"), to));
            }
            if (classId != null) {
                where.add(cb.equal(root.get("schoolClass").get("id"), classId));
            }
            if (teacherId != null) {
                where.add(cb.equal(root.get("teacher").get("id"), teacherId));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (visibleTo != null) {
                Subquery<Long> slots = query.subquery(Long.class);
                Root<TimetableSlot> slot = slots.from(TimetableSlot.class);
                slots.select(slot.get("id")).where(cb.equal(slot.get("schoolClass"), root.get("schoolClass")),
                        cb.equal(slot.get("teacher").get("id"), visibleTo));
                where.add(cb.or(cb.equal(root.get("teacher").get("id"), visibleTo),
                        cb.equal(root.get("schoolClass").get("homeroomTeacher").get("id"), visibleTo),
                        cb.exists(slots)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}

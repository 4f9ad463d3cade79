package app.attendance.api.student;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
     * @param classIds    restricts to these classes (a teacher's, from the access rules); null = all
     */
    static Specification<Student> of(Long classId, EnrolmentStatus enrolment, String likePattern,
            Set<Long> classIds) {
        return of(classId, enrolment, likePattern, classIds, null);
    }

    /** As above; {@code active} keeps only active (true) or inactive (false) students, null both. */
    static Specification<Student> of(Long classId, EnrolmentStatus enrolment, String likePattern,
            Set<Long> classIds, Boolean active) {
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
            if (active != null) {
                where.add(cb.equal(root.get("active"), active));
            }
            if (likePattern != null) {
                where.add(cb.or(cb.like(cb.lower(root.get("fullName")), likePattern, '\\'),
                        cb.like(cb.lower(root.get("studentCode")), likePattern, '\\')));
            }
            if (classIds != null) {
                where.add(classIds.isEmpty() ? cb.disjunction() : root.get("schoolClass").get("id").in(classIds));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}

package app.attendance.api.student;

import java.util.List;

/**
 * Published (inside the deleting transaction) when students are deleted, so that features holding
 * data about them (face enrolment) can remove it; listen with {@code @TransactionalEventListener}.
 */
public record StudentsDeletedEvent(List<Long> studentIds) {
}

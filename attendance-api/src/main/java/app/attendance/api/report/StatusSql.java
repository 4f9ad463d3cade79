package app.attendance.api.report;

import app.attendance.api.attendance.AttendanceStatus;

/**
 * The attendance statuses as SQL literals, built from {@link AttendanceStatus}, for the fixed text
 * of the report queries (counts filtered by status are part of the statements, not parameters).
 */
final class StatusSql {

    static final String PRESENT = literal(AttendanceStatus.PRESENT);
    static final String LATE = literal(AttendanceStatus.LATE);
    static final String ABSENT = literal(AttendanceStatus.ABSENT);
    static final String EXCUSED = literal(AttendanceStatus.EXCUSED);

    /** The statuses the rate counts as attending: {@code 'PRESENT', 'LATE'}. */
    static final String ATTENDED = PRESENT + ", " + LATE;

    /** The statuses the rate counts at all: the attending ones and ABSENT. */
    static final String COUNTED = ATTENDED + ", " + ABSENT;

    private StatusSql() {
    }

    private static String literal(AttendanceStatus status) {
        return "'" + status.name() + "'";
    }
}

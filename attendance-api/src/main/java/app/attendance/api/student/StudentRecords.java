package app.attendance.api.student;

import java.util.Collection;
import java.util.List;

/**
 * The attendance records of students, answered by the feature that owns them (so that deleting
 * students does not touch their table).
 */
public interface StudentRecords {

    /** The ids of the student's attendance records. */
    List<Long> recordIds(long studentId);

    /** Deletes the attendance records of the students. */
    void deleteOf(Collection<Long> studentIds);
}

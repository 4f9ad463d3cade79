package app.attendance.api.schoolclass;

import java.util.Collection;
import java.util.Map;

/** Student counts of classes, answered by the feature that owns students. */
public interface ClassSizes {

    /** Number of students per class id; classes without students may be absent. */
    Map<Long, Long> studentCounts(Collection<Long> classIds);
}

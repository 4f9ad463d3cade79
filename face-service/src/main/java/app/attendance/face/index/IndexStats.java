package app.attendance.face.index;

import java.util.Map;

/** Size of the index: faces and subjects in total and faces per model id, and bytes on disk. */
public record IndexStats(long faces, long subjects, Map<String, Long> facesPerModel, long diskBytes) {
}

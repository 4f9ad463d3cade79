package app.attendance.face.index;

import java.util.Map;

/**
 * Size of the index: faces (enrolled photos; their far templates are not counted, see {@link FarFaces})
 * and subjects in total, faces per model id (far templates under their own model id), and bytes on disk.
 */
public record IndexStats(long faces, long subjects, Map<String, Long> facesPerModel, long diskBytes) {
}

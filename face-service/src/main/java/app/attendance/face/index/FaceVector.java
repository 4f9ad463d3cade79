package app.attendance.face.index;

import java.time.Instant;
import java.util.Objects;

/**
 * One enrolled face as the index stores it: an L2-normalised embedding tagged with the
 * subject it belongs to and the id of the model that produced it.
 */
public record FaceVector(String faceId, String subjectId, String modelId, float[] vector, Instant createdAt) {

    public FaceVector {
        Objects.requireNonNull(faceId, "faceId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

package app.attendance.face.index;

/**
 * Guards for what the index stores: the dot product equals the cosine only on unit vectors,
 * and an HNSW field accepts at most 1024 dimensions.
 */
final class VectorChecks {

    static final int MAX_DIMENSION = 1024;
    private static final double NORM_TOLERANCE = 1e-3;

    private VectorChecks() {
    }

    static void requireUnit(FaceVector face) {
        requireUnit(face.vector());
        if (face.subjectId().isBlank() || face.faceId().isBlank() || face.modelId().isBlank()) {
            throw new IllegalArgumentException("subject, face and model ids must not be blank");
        }
    }

    static void requireUnit(float[] vector) {
        if (vector.length == 0 || vector.length > MAX_DIMENSION) {
            throw new IllegalArgumentException("embedding size must be 1.." + MAX_DIMENSION + ", was " + vector.length);
        }
        double squared = 0;
        for (float v : vector) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("embedding holds a non-finite value");
            }
            squared += (double) v * v;
        }
        if (Math.abs(squared - 1) > NORM_TOLERANCE) {
            throw new IllegalArgumentException("embedding must be L2-normalised, squared norm was " + squared);
        }
    }
}

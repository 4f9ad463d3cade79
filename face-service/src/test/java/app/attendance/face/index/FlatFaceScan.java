package app.attendance.face.index;

import java.util.List;

/**
 * The brute-force baseline of a system without a vector index: every enrolled face vector in
 * the heap, each query compared with all of them (SIMD dot products through Lucene's
 * {@code VectorUtil}), a subject scored by its best face, the best subject returned.
 * Faces are held per subject, in enrolment order, so no per-query map is needed.
 */
final class FlatFaceScan {

    private final float[][] faces;
    private final int[] firstFace;

    /** @param subjects each subject's face vectors; subject {@code i} is {@link SyntheticFaces#subject(int)} */
    FlatFaceScan(List<List<float[]>> subjects) {
        this.firstFace = new int[subjects.size() + 1];
        int count = 0;
        for (int s = 0; s < subjects.size(); s++) {
            firstFace[s] = count;
            count += subjects.get(s).size();
        }
        firstFace[subjects.size()] = count;
        this.faces = new float[count][];
        int f = 0;
        for (List<float[]> own : subjects) {
            for (float[] face : own) {
                faces[f++] = face;
            }
        }
    }

    int faces() {
        return faces.length;
    }

    /** The subject whose best face scores highest against the probe. */
    String top(float[] probe) {
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int s = 0; s + 1 < firstFace.length; s++) {
            float score = Float.NEGATIVE_INFINITY;
            for (int f = firstFace[s]; f < firstFace[s + 1]; f++) {
                score = Math.max(score, Centroids.dot(probe, faces[f]));
            }
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return SyntheticFaces.subject(best);
    }
}

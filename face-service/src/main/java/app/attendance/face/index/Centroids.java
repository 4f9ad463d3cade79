package app.attendance.face.index;

import java.util.List;

/** The template of a subject: the normalised mean of its unit face embeddings. */
final class Centroids {

    private Centroids() {
    }

    static float[] of(List<float[]> faces) {
        float[] sum = new float[faces.getFirst().length];
        for (float[] face : faces) {
            if (face.length != sum.length) {
                throw new IllegalArgumentException("one model, one embedding size: " + face.length + " vs " + sum.length);
            }
            for (int i = 0; i < sum.length; i++) {
                sum[i] += face[i];
            }
        }
        double norm = 0;
        for (float v : sum) {
            norm += (double) v * v;
        }
        if (norm < 1e-12) {
            return faces.getFirst().clone(); // faces cancel out: fall back to one of them
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < sum.length; i++) {
            sum[i] *= inv;
        }
        return sum;
    }

    static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}

package app.attendance.face.index;

import java.util.List;
import org.apache.lucene.util.VectorUtil;

/** The template of a subject: the normalised mean of its unit face embeddings. */
final class Centroids {

    private Centroids() {
    }

    static float[] of(List<float[]> faces) {
        float[] sum = new float[faces.getFirst().length];
        for (float[] face : faces) {
            if (face.length != sum.length) {
                throw new IllegalArgumentException("one model, one embedding size: " + face.length + " vs "
                        + sum.length);
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

    /** Lucene's dot product: SIMD when the JVM runs with {@code --add-modules jdk.incubator.vector}. */
    static float dot(float[] a, float[] b) {
        return VectorUtil.dotProduct(a, b);
    }
}

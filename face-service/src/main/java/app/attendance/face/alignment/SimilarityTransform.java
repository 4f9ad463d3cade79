package app.attendance.face.alignment;

import java.util.List;

/**
 * The least-squares similarity transform (rotation, uniform scale, translation; Umeyama 1991)
 * taking source points onto destination points: {@code dst ≈ [a −b; b a]·src + (tx, ty)}.
 */
record SimilarityTransform(float a, float b, float tx, float ty) {

    static SimilarityTransform estimate(List<Point> src, float[][] dst) {
        int n = src.size();
        double msx = 0, msy = 0, mdx = 0, mdy = 0;
        for (int i = 0; i < n; i++) {
            msx += src.get(i).x();
            msy += src.get(i).y();
            mdx += dst[i][0];
            mdy += dst[i][1];
        }
        msx /= n;
        msy /= n;
        mdx /= n;
        mdy /= n;
        double dot = 0, cross = 0, norm = 0;
        for (int i = 0; i < n; i++) {
            double sx = src.get(i).x() - msx;
            double sy = src.get(i).y() - msy;
            double dx = dst[i][0] - mdx;
            double dy = dst[i][1] - mdy;
            dot += sx * dx + sy * dy;
            cross += sx * dy - sy * dx;
            norm += sx * sx + sy * sy;
        }
        if (norm < 1e-9) {
            norm = 1e-9;
        }
        double a = dot / norm;
        double b = cross / norm;
        double tx = mdx - (a * msx - b * msy);
        double ty = mdy - (b * msx + a * msy);
        return new SimilarityTransform((float) a, (float) b, (float) tx, (float) ty);
    }

    /** Coefficients of the inverse map (destination pixel → source pixel) for the resampler. */
    float[] inverseMap() {
        float det = a * a + b * b;
        float ia = a / det;
        float ib = b / det;
        // src = [ia ib; -ib ia] · (dst − t)
        return new float[] {ia, ib, -(ia * tx + ib * ty), -ib, ia, -(-ib * tx + ia * ty)};
    }
}

package app.attendance.face.quality;

import app.attendance.face.alignment.FaceAligner;
import app.attendance.face.alignment.Point;
import java.util.List;

/** Measures of a face's usability that need no model: sharpness of the aligned crop and head yaw. */
public final class QualityMeasures {

    private QualityMeasures() {
    }

    /**
     * Variance of the 4-neighbour Laplacian of the aligned crop's gray levels (0–255), inside the
     * central region so the black warp border does not count as an edge. Low means blurred.
     */
    public static float sharpness(float[] alignedRgb) {
        int s = FaceAligner.SIZE;
        int plane = s * s;
        float[] gray = new float[plane];
        for (int i = 0; i < plane; i++) {
            gray[i] = 0.299f * alignedRgb[i] + 0.587f * alignedRgb[plane + i] + 0.114f * alignedRgb[2 * plane + i];
        }
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (int y = 16; y < s - 16; y++) {
            for (int x = 16; x < s - 16; x++) {
                int i = y * s + x;
                double lap = gray[i - 1] + gray[i + 1] + gray[i - s] + gray[i + s] - 4 * gray[i];
                sum += lap;
                sumSq += lap * lap;
                n++;
            }
        }
        double mean = sum / n;
        return (float) (sumSq / n - mean * mean);
    }

    /**
     * Head yaw in degrees estimated from where the nose sits between the eyes, measured along the
     * eye axis so in-plane tilt does not count: 0 frontal, towards ±90 in profile; positive = nose towards the
     * image's right.
     */
    public static float yaw(List<Point> five) {
        Point le = five.get(0);
        Point re = five.get(1);
        Point nose = five.get(2);
        float ax = re.x() - le.x();
        float ay = re.y() - le.y();
        float len = (float) Math.hypot(ax, ay);
        if (len < 1e-3f) {
            return 90f;
        }
        float t = ((nose.x() - le.x()) * ax + (nose.y() - le.y()) * ay) / (len * len);
        // The nose tip stands about half an eye distance in front of the eyes, so its offset from
        // the eyes' midpoint, in half eye distances, is close to tan(yaw).
        return (float) Math.toDegrees(Math.atan(2 * t - 1));
    }
}

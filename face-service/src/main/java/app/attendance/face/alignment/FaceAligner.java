package app.attendance.face.alignment;

import app.attendance.face.image.Frame;
import app.attendance.face.image.Resampler;
import java.util.List;

/**
 * Warps a face onto the ArcFace 112×112 template through the least-squares similarity of its
 * five points (bilinear, black border). A similarity keeps the face's proportions, where the
 * three-point affine distorts turned faces.
 */
public final class FaceAligner {

    /** Side of the aligned crop. */
    public static final int SIZE = 112;

    private static final float[][] TEMPLATE = {
            {38.2946f, 51.6963f}, {73.5318f, 51.5014f}, {56.0252f, 71.7366f},
            {41.5493f, 92.3655f}, {70.7299f, 92.2041f}};

    private FaceAligner() {
    }

    /** The aligned face as three raw 0–255 planes (R, G, B) of 112×112. */
    public static float[] align(Frame frame, List<Point> fivePoints) {
        float[] out = new float[3 * SIZE * SIZE];
        float[] map = SimilarityTransform.estimate(fivePoints, TEMPLATE).inverseMap();
        Resampler.rgbPlanar(frame, map, SIZE, SIZE, 0f, 1f, false, out);
        return out;
    }
}

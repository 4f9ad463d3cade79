package app.attendance.face.alignment;

import app.attendance.face.image.Frame;
import app.attendance.face.image.Resampler;
import app.attendance.face.onnx.OnnxModel;
import java.util.List;

/**
 * The 68-point landmark model: the square face crop resized to 64×64 gray, divided by 256; it
 * answers 68 (x, y) fractions of the crop. Reduced to the five points the alignment uses.
 */
public final class LandmarkModel {

    private static final int SIZE = 64;

    private final OnnxModel model;

    public LandmarkModel(OnnxModel model) {
        this.model = model;
    }

    /** Left eye, right eye, nose tip, left and right mouth corner, in frame pixels. */
    public List<Point> fivePoints(Frame frame, Region crop) {
        float[] input = model.scratchInput();
        Resampler.grayPlanar(frame, Resampler.cropMap(crop.x(), crop.y(), crop.width(), crop.height(), SIZE, SIZE),
                SIZE, SIZE, 256f, input);
        float[] p = model.run(input).values()[0];
        return List.of(
                mean(p, crop, 37, 38, 40, 41),
                mean(p, crop, 43, 44, 46, 47),
                mean(p, crop, 30),
                mean(p, crop, 48, 60),
                mean(p, crop, 54, 64));
    }

    private static Point mean(float[] p, Region crop, int... indices) {
        float x = 0;
        float y = 0;
        for (int i : indices) {
            x += p[2 * i];
            y += p[2 * i + 1];
        }
        return new Point(crop.x() + x / indices.length * crop.width(), crop.y() + y / indices.length * crop.height());
    }
}

package app.attendance.face.liveness;

import app.attendance.face.alignment.Region;
import app.attendance.face.image.Frame;
import app.attendance.face.image.Resampler;
import app.attendance.face.onnx.OnnxModel;

/**
 * The liveness model: the square face box widened 2.7× about its centre (so it sees the
 * surroundings a printed photo or a screen has), kept inside the frame, resized to 128×128, raw
 * 0–255 RGB planes. Three logits; the softmax of the first is the probability of a live face.
 */
public final class LivenessModel {

    private static final int SIZE = 128;
    private static final float WIDEN = 2.7f;

    private final OnnxModel model;

    public LivenessModel(OnnxModel model) {
        this.model = model;
    }

    /** Probability, 0–1, that the face in {@code square} is live. */
    public float score(Frame frame, Region square) {
        Region crop = widen(square, frame.width(), frame.height());
        float[] input = model.scratchInput();
        Resampler.rgbPlanar(frame, Resampler.cropMap(crop.x(), crop.y(), crop.width(), crop.height(), SIZE, SIZE),
                SIZE, SIZE, 0f, 1f, true, input);
        float[] logits = model.run(input).values()[0];
        double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
        double e0 = Math.exp(logits[0] - max);
        double sum = e0 + Math.exp(logits[1] - max) + Math.exp(logits[2] - max);
        return (float) (e0 / sum);
    }

    /** Widened square, shifted (not clipped) to stay inside the frame; no larger than the frame. */
    static Region widen(Region r, int width, int height) {
        float side = Math.min(Math.max(r.width(), r.height()) * WIDEN, Math.min(width, height));
        float cx = r.x() + r.width() / 2;
        float cy = r.y() + r.height() / 2;
        float x = Math.min(Math.max(cx - side / 2, 0), width - side);
        float y = Math.min(Math.max(cy - side / 2, 0), height - side);
        return new Region(x, y, side, side);
    }
}

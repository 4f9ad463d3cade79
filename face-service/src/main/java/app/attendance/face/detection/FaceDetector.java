package app.attendance.face.detection;

import app.attendance.face.image.Frame;
import app.attendance.face.image.Resampler;
import app.attendance.face.onnx.OnnxModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the detector: the whole frame stretched to 320×240, each channel {@code (v − 127) / 128};
 * its boxes come out decoded as fractions of the frame and softmaxed scores (index 1 = face).
 * Keeps boxes above the score threshold and suppresses overlaps (IoU above 0.4).
 */
public final class FaceDetector {

    static final int WIDTH = 320;
    static final int HEIGHT = 240;
    private static final float NMS_IOU = 0.4f;

    private final OnnxModel model;
    private final float threshold;

    public FaceDetector(OnnxModel model, float threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    /** The faces of the frame, highest score first. */
    public List<Detection> detect(Frame frame) {
        float[] input = new float[3 * WIDTH * HEIGHT];
        Resampler.rgbPlanar(frame, Resampler.cropMap(0, 0, frame.width(), frame.height(), WIDTH, HEIGHT),
                WIDTH, HEIGHT, 127f, 128f, true, input);
        OnnxModel.Outputs out = model.run(input);
        float[] scores = out.byLastDim(2);
        float[] boxes = out.byLastDim(4);
        List<Detection> found = new ArrayList<>();
        for (int i = 0; i < scores.length / 2; i++) {
            float score = scores[2 * i + 1];
            if (score > threshold) {
                found.add(new Detection(
                        clamp(boxes[4 * i]) * frame.width(), clamp(boxes[4 * i + 1]) * frame.height(),
                        clamp(boxes[4 * i + 2]) * frame.width(), clamp(boxes[4 * i + 3]) * frame.height(), score));
            }
        }
        return suppress(found);
    }

    static List<Detection> suppress(List<Detection> boxes) {
        List<Detection> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(Detection::score).reversed());
        List<Detection> kept = new ArrayList<>();
        for (Detection d : sorted) {
            if (d.width() > 1 && d.height() > 1 && kept.stream().allMatch(k -> k.iou(d) <= NMS_IOU)) {
                kept.add(d);
            }
        }
        return kept;
    }

    private static float clamp(float v) {
        return Math.min(Math.max(v, 0f), 1f);
    }
}

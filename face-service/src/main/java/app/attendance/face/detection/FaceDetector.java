package app.attendance.face.detection;

import app.attendance.face.image.Frame;
import app.attendance.face.image.Resampler;
import app.attendance.face.onnx.OnnxModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the detector (fixed 320×240 input, boxes decoded as fractions of its input, softmaxed
 * scores with index 1 = face) over the {@link Tile}s of a frame, each channel
 * {@code (v − 127) / 128}, the frame's aspect ratio kept. A large frame is looked at whole and in
 * overlapping half-size tiles, so that small faces are found too; a box cut by a tile's inner
 * edge is dropped (an overlapping tile holds the whole face), and the boxes of all tiles are merged
 * by suppressing overlaps (IoU above 0.4, or one box mostly inside a higher-scoring one).
 */
public final class FaceDetector {

    private static final float NMS_IOU = 0.4f;
    private static final float NMS_INSIDE = 0.7f;
    /** A box this close to an open tile edge (in input pixels) is taken as cut by it. */
    private static final float EDGE = 2f;

    private final OnnxModel model;
    private final float threshold;
    private final float smallThreshold;
    private final float maxTileScale;

    /** Boxes narrower than this, in frame pixels, are small faces. */
    static final float SMALL_FACE = 48f;

    /**
     * @param threshold      score from which a box is a face
     * @param smallThreshold the same for a box narrower than {@value #SMALL_FACE} px (small
     *                       faces score lower; a larger box needs the full threshold, since a false
     *                       box of face size could be matched to someone)
     * @param maxTileScale   frames shrunk by more than this to fit the detector are also tiled
     *                       (2 finds faces from about 24 px wide)
     */
    public FaceDetector(OnnxModel model, float threshold, float smallThreshold, float maxTileScale) {
        this.model = model;
        this.threshold = threshold;
        this.smallThreshold = Math.min(threshold, smallThreshold);
        this.maxTileScale = maxTileScale;
    }

    /** The tiles this detector looks at for a frame of that size. */
    public List<Tile> tiles(int width, int height) {
        return Tile.of(width, height, maxTileScale);
    }

    /** The faces of the frame, highest score first (all tiles on the calling thread). */
    public List<Detection> detect(Frame frame) {
        List<List<Detection>> found = new ArrayList<>();
        for (Tile t : tiles(frame.width(), frame.height())) {
            found.add(detect(frame, t));
        }
        return merge(found);
    }

    /** The faces inside one tile, in frame pixels, without those cut by an inner edge of the tile. */
    public List<Detection> detect(Frame frame, Tile tile) {
        int w = Tile.INPUT_WIDTH;
        int h = Tile.INPUT_HEIGHT;
        float[] input = model.scratchInput();
        Resampler.rgbPlanar(frame, Resampler.cropMap(tile.x(), tile.y(), tile.width(), tile.height(), w, h),
                w, h, 127f, 128f, true, input);
        padOutside(frame, tile, input);
        OnnxModel.Outputs out = model.run(input);
        float[] scores = out.byLastDim(2);
        float[] boxes = out.byLastDim(4);
        List<Detection> found = new ArrayList<>();
        for (int i = 0; i < scores.length / 2; i++) {
            float score = scores[2 * i + 1];
            if (score <= smallThreshold) {
                continue;
            }
            float x1 = clamp(boxes[4 * i]) * w;
            float y1 = clamp(boxes[4 * i + 1]) * h;
            float x2 = clamp(boxes[4 * i + 2]) * w;
            float y2 = clamp(boxes[4 * i + 3]) * h;
            boolean cut = tile.openLeft() && x1 < EDGE || tile.openTop() && y1 < EDGE
                    || tile.openRight() && x2 > w - EDGE || tile.openBottom() && y2 > h - EDGE;
            float s = tile.scale();
            if (cut || score <= threshold && (x2 - x1) * s >= SMALL_FACE) {
                continue;
            }
            found.add(new Detection(
                    Math.min(tile.x() + x1 * s, frame.width()), Math.min(tile.y() + y1 * s, frame.height()),
                    Math.min(tile.x() + x2 * s, frame.width()), Math.min(tile.y() + y2 * s, frame.height()),
                    score));
        }
        return found;
    }

    /**
     * Sets the part of the input that lies outside the frame to mid-grey (0 after normalisation):
     * neither repeated edge pixels nor black, both of which the detector can take for faces.
     */
    private static void padOutside(Frame frame, Tile tile, float[] input) {
        int w = Tile.INPUT_WIDTH;
        int h = Tile.INPUT_HEIGHT;
        int left = Math.max(0, (int) Math.floor(-tile.x() / tile.scale()));
        int top = Math.max(0, (int) Math.floor(-tile.y() / tile.scale()));
        int right = Math.min(w, (int) Math.ceil((frame.width() - tile.x()) / tile.scale()));
        int bottom = Math.min(h, (int) Math.ceil((frame.height() - tile.y()) / tile.scale()));
        if (left == 0 && top == 0 && right >= w && bottom >= h) {
            return;
        }
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < h; y++) {
                int row = c * w * h + y * w;
                if (y < top || y >= bottom) {
                    java.util.Arrays.fill(input, row, row + w, 0f);
                } else {
                    java.util.Arrays.fill(input, row, row + left, 0f);
                    java.util.Arrays.fill(input, row + right, row + w, 0f);
                }
            }
        }
    }

    /** One list of the boxes of several tiles, overlaps suppressed, highest score first. */
    public static List<Detection> merge(Collection<List<Detection>> perTile) {
        List<Detection> all = new ArrayList<>();
        perTile.forEach(all::addAll);
        return suppress(all);
    }

    static List<Detection> suppress(List<Detection> boxes) {
        List<Detection> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(Detection::score).reversed());
        List<Detection> kept = new ArrayList<>();
        for (Detection d : sorted) {
            if (d.width() > 1 && d.height() > 1
                    && kept.stream().allMatch(k -> k.iou(d) <= NMS_IOU && k.inside(d) <= NMS_INSIDE)) {
                kept.add(d);
            }
        }
        return kept;
    }

    private static float clamp(float v) {
        return Math.min(Math.max(v, 0f), 1f);
    }
}

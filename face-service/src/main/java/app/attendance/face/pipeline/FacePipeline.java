package app.attendance.face.pipeline;

import app.attendance.face.alignment.FaceAligner;
import app.attendance.face.alignment.LandmarkModel;
import app.attendance.face.alignment.Point;
import app.attendance.face.alignment.Region;
import app.attendance.face.config.FaceProperties;
import app.attendance.face.detection.Detection;
import app.attendance.face.detection.FaceDetector;
import app.attendance.face.detection.Tile;
import app.attendance.face.embedding.FaceEmbedder;
import app.attendance.face.image.Frame;
import app.attendance.face.image.Shrink;
import app.attendance.face.liveness.LivenessModel;
import app.attendance.face.onnx.FaceModels;
import app.attendance.face.onnx.InferenceThreads;
import app.attendance.face.quality.Quality;
import app.attendance.face.quality.QualityGate;
import app.attendance.face.quality.QualityMeasures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * detector (over the frame's tiles) → 68 landmarks → five points → similarity alignment →
 * embedding, liveness and quality, for every face of a frame. Liveness runs only on faces at
 * least {@code face.thresholds.liveness-min-face} wide (smaller ones get no score); faces inside a
 * box the caller already knows are only detected. Stateless and thread-safe; the models run on
 * the {@link InferenceThreads}.
 */
public final class FacePipeline {

    private final FaceDetector detector;
    private final LandmarkModel landmarks;
    private final FaceEmbedder embedder;
    private final LivenessModel liveness;
    private final QualityGate gate;
    private final float livenessThreshold;
    private final int livenessMinFace;
    private final InferenceThreads threads;

    public FacePipeline(FaceModels models, FaceProperties props) {
        FaceProperties.Models m = props.models();
        this.detector = new FaceDetector(models.detector(), props.thresholds().detection(),
                props.thresholds().smallFaceDetection(), props.tileScale());
        this.landmarks = new LandmarkModel(models.landmarks());
        this.embedder = new FaceEmbedder(models.recognizer(), m.recognizerId(), m.recognizerMean(), m.recognizerStd());
        this.liveness = new LivenessModel(models.liveness());
        this.gate = new QualityGate(props.quality());
        this.livenessThreshold = props.thresholds().liveness();
        this.livenessMinFace = props.thresholds().livenessMinFace();
        this.threads = models.threads();
    }

    /** Id of the recogniser; every embedding made here carries it. */
    public String modelId() {
        return embedder.modelId();
    }

    /** Every face of the frame, analysed, largest first. */
    public List<AnalysedFace> analyse(Frame frame) {
        return analyse(frame, List.of()).stream().map(Found::face).toList();
    }

    /**
     * Analyses every face of the frame, largest first, on the inference threads: detection over
     * the tiles in parallel, then for each face two pieces in parallel — landmarks, alignment and
     * embedding; and liveness, which needs only the face box. A face whose box overlaps one of
     * {@code known} (IoU at least 0.5) is only detected: it comes back with the index of that box
     * and no analysis.
     */
    public List<Found> analyse(Frame frame, List<Detection> known) {
        return analyse(frame, known, false, true);
    }

    /**
     * As {@link #analyse(Frame, List)}; with {@code wholeOnly} the detector looks at the frame once,
     * whole, without the tiles that find small faces: a frame whose faces are all known already
     * (everyone in the class is marked) costs one detector run instead of seven at 1280×720. Without
     * {@code identify} no face is analysed: faces are only detected, and located among {@code known}.
     */
    public List<Found> analyse(Frame frame, List<Detection> known, boolean wholeOnly, boolean identify) {
        List<Tile> tiles = detector.tiles(frame.width(), frame.height());
        if (wholeOnly) {
            tiles = tiles.subList(0, 1);
        }
        List<Supplier<Object>> tileRuns = new ArrayList<>(tiles.size());
        for (Tile t : tiles) {
            tileRuns.add(() -> detector.detect(frame, t));
        }
        @SuppressWarnings("unchecked")
        List<List<Detection>> perTile = threads.all(tileRuns).stream().map(o -> (List<Detection>) o).toList();
        List<Detection> detections = FaceDetector.merge(perTile);
        List<Supplier<Object>> pieces = new ArrayList<>(detections.size() * 2);
        int[] knownIndex = new int[detections.size()];
        for (int i = 0; i < detections.size(); i++) {
            Detection d = detections.get(i);
            knownIndex[i] = Found.knownIndex(d, known);
            if (knownIndex[i] >= 0 || !identify) {
                continue;
            }
            Region square = Region.squareOf(d, frame.width(), frame.height());
            pieces.add(() -> looks(frame, square));
            pieces.add(() -> d.width() >= livenessMinFace ? liveness.score(frame, square) : Float.NaN);
        }
        List<Object> done = threads.all(pieces);
        List<Found> faces = new ArrayList<>(detections.size());
        int piece = 0;
        for (int i = 0; i < detections.size(); i++) {
            if (knownIndex[i] >= 0 || !identify) {
                faces.add(new Found(detections.get(i), knownIndex[i], null));
            } else {
                faces.add(new Found(detections.get(i), -1,
                        face(detections.get(i), (Looks) done.get(piece), (Float) done.get(piece + 1))));
                piece += 2;
            }
        }
        faces.sort((a, b) -> Float.compare(b.detection().width() * b.detection().height(),
                a.detection().width() * a.detection().height()));
        return faces;
    }

    /**
     * The embedding of {@code d}'s face as it would look {@code width} px wide (a face at the back
     * of a classroom): its surroundings, three times the box, scaled down by averaging, then
     * landmarks, alignment and embedding as for any face. Null when the face is not wider than that.
     */
    public float[] embeddingAt(Frame frame, Detection d, int width) {
        double scale = width / (double) d.width();
        if (scale >= 1) {
            return null;
        }
        float side = 3 * Math.max(d.width(), d.height());
        int x = Math.round((d.x1() + d.x2()) / 2 - side / 2);
        int y = Math.round((d.y1() + d.y2()) / 2 - side / 2);
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        Frame small = Shrink.region(frame, x0, y0, Math.round(side) - (x0 - x), Math.round(side) - (y0 - y), scale);
        Detection far = new Detection((float) ((d.x1() - x0) * scale), (float) ((d.y1() - y0) * scale),
                (float) ((d.x2() - x0) * scale), (float) ((d.y2() - y0) * scale), d.score());
        return threads.call(() -> looks(small, Region.squareOf(far, small.width(), small.height())).embedding());
    }

    private Looks looks(Frame frame, Region square) {
        List<Point> five = landmarks.fivePoints(frame, square);
        float[] aligned = FaceAligner.align(frame, five);
        return new Looks(five, embedder.embed(aligned), QualityMeasures.sharpness(aligned));
    }

    private AnalysedFace face(Detection d, Looks looks, float live) {
        boolean isLive = !Float.isNaN(live) && live >= livenessThreshold;
        Quality quality = gate.judge(Math.round(d.height()), looks.sharpness(), QualityMeasures.yaw(looks.five()),
                isLive);
        return new AnalysedFace(d, looks.five(), looks.embedding(), embedder.modelId(), live, isLive, quality);
    }

    /** What the landmarks, alignment and embedding piece found for one face. */
    private record Looks(List<Point> five, float[] embedding, float sharpness) {
    }
}

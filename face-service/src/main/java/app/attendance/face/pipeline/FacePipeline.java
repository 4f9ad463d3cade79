package app.attendance.face.pipeline;

import app.attendance.face.alignment.FaceAligner;
import app.attendance.face.alignment.LandmarkModel;
import app.attendance.face.alignment.Point;
import app.attendance.face.alignment.Region;
import app.attendance.face.config.FaceProperties;
import app.attendance.face.detection.Detection;
import app.attendance.face.detection.FaceDetector;
import app.attendance.face.embedding.FaceEmbedder;
import app.attendance.face.image.Frame;
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
 * detector → 68 landmarks → five points → similarity alignment → embedding, liveness and
 * quality, for every face of a frame. Stateless and thread-safe; the models run on the
 * {@link InferenceThreads}.
 */
public final class FacePipeline {

    private final FaceDetector detector;
    private final LandmarkModel landmarks;
    private final FaceEmbedder embedder;
    private final LivenessModel liveness;
    private final QualityGate gate;
    private final float livenessThreshold;
    private final InferenceThreads threads;

    public FacePipeline(FaceModels models, FaceProperties props) {
        FaceProperties.Models m = props.models();
        this.detector = new FaceDetector(models.detector(), props.thresholds().detection());
        this.landmarks = new LandmarkModel(models.landmarks());
        this.embedder = new FaceEmbedder(models.recognizer(), m.recognizerId(), m.recognizerMean(), m.recognizerStd());
        this.liveness = new LivenessModel(models.liveness());
        this.gate = new QualityGate(props.quality());
        this.livenessThreshold = props.thresholds().liveness();
        this.threads = models.threads();
    }

    /** Id of the recogniser; every embedding made here carries it. */
    public String modelId() {
        return embedder.modelId();
    }

    /**
     * Analyses every face of the frame, largest first, on the inference threads: detection, then
     * for each face two pieces in parallel — landmarks, alignment and embedding; and liveness,
     * which needs only the face box.
     */
    public List<AnalysedFace> analyse(Frame frame) {
        List<Detection> detections = threads.call(() -> detector.detect(frame));
        List<Supplier<Object>> pieces = new ArrayList<>(detections.size() * 2);
        for (Detection d : detections) {
            Region square = Region.squareOf(d, frame.width(), frame.height());
            pieces.add(() -> looks(frame, square));
            pieces.add(() -> liveness.score(frame, square));
        }
        List<Object> done = threads.all(pieces);
        List<AnalysedFace> faces = new ArrayList<>(detections.size());
        for (int i = 0; i < detections.size(); i++) {
            faces.add(face(detections.get(i), (Looks) done.get(2 * i), (Float) done.get(2 * i + 1)));
        }
        faces.sort((a, b) -> Float.compare(b.area(), a.area()));
        return faces;
    }

    /**
     * {@link #analyse} one stage after the other on the calling thread, for the benchmark's
     * CPU-time figures; at full speed only on a thread with flush-to-zero set.
     */
    public List<AnalysedFace> analyseHere(Frame frame) {
        List<Detection> detections = detector.detect(frame);
        List<AnalysedFace> faces = new ArrayList<>(detections.size());
        for (Detection d : detections) {
            faces.add(analyse(frame, d));
        }
        faces.sort((a, b) -> Float.compare(b.area(), a.area()));
        return faces;
    }

    /** Stage by stage, for the benchmark. */
    public List<Detection> detect(Frame frame) {
        return detector.detect(frame);
    }

    /** Every stage after detection for one face, on the calling thread. */
    public AnalysedFace analyse(Frame frame, Detection d) {
        Region square = Region.squareOf(d, frame.width(), frame.height());
        return face(d, looks(frame, square), liveness.score(frame, square));
    }

    private Looks looks(Frame frame, Region square) {
        List<Point> five = landmarks.fivePoints(frame, square);
        float[] aligned = FaceAligner.align(frame, five);
        return new Looks(five, embedder.embed(aligned), QualityMeasures.sharpness(aligned));
    }

    private AnalysedFace face(Detection d, Looks looks, float live) {
        boolean isLive = live >= livenessThreshold;
        Quality quality = gate.judge(Math.round(d.height()), looks.sharpness(), QualityMeasures.yaw(looks.five()), isLive);
        return new AnalysedFace(d, looks.five(), looks.embedding(), embedder.modelId(), live, isLive, quality);
    }

    /** What the landmarks, alignment and embedding piece found for one face. */
    private record Looks(List<Point> five, float[] embedding, float sharpness) {
    }

    /** The stages' components, for the benchmark's per-stage timings. */
    public Stages stages() {
        return new Stages(detector, landmarks, embedder, liveness);
    }

    /** The pipeline's stages. */
    public record Stages(FaceDetector detector, LandmarkModel landmarks, FaceEmbedder embedder, LivenessModel liveness) {
    }
}

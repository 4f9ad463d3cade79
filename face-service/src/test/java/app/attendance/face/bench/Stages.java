package app.attendance.face.bench;

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
import app.attendance.face.pipeline.AnalysedFace;
import app.attendance.face.quality.Quality;
import app.attendance.face.quality.QualityGate;
import app.attendance.face.quality.QualityMeasures;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline's stages composed from their public parts, for the benchmark's per-stage timings and
 * its one-thread end-to-end figure: the same models and settings as
 * {@link app.attendance.face.pipeline.FacePipeline}, run one stage after the other on the calling
 * thread (at full speed only on a thread with flush-to-zero set, i.e. an inference thread).
 *
 * @param detector  the face detector over the frame's tiles
 * @param landmarks the 68-landmark model, reduced to five points
 * @param embedder  the recogniser
 * @param liveness  the liveness model
 * @param gate      the quality gates
 * @param livenessThreshold live probability from which a face counts as live
 * @param livenessMinFace   smallest face width that gets a liveness score
 */
record Stages(FaceDetector detector, LandmarkModel landmarks, FaceEmbedder embedder, LivenessModel liveness,
        QualityGate gate, float livenessThreshold, int livenessMinFace) {

    /** The stages over the opened models, configured as the service configures its pipeline. */
    static Stages of(FaceModels models, FaceProperties props) {
        FaceProperties.Models m = props.models();
        FaceProperties.Thresholds t = props.thresholds();
        return new Stages(
                new FaceDetector(models.detector(), t.detection(), t.smallFaceDetection(), props.tileScale()),
                new LandmarkModel(models.landmarks()),
                new FaceEmbedder(models.recognizer(), m.recognizerId(), m.recognizerMean(), m.recognizerStd()),
                new LivenessModel(models.liveness()),
                new QualityGate(props.quality()),
                t.liveness(), t.livenessMinFace());
    }

    /** Every face of the frame, analysed on this thread one stage after the other, largest first. */
    List<AnalysedFace> analyseHere(Frame frame) {
        List<Detection> detections = detector.detect(frame);
        List<AnalysedFace> faces = new ArrayList<>(detections.size());
        for (Detection d : detections) {
            faces.add(analyse(frame, d));
        }
        faces.sort((a, b) -> Float.compare(b.area(), a.area()));
        return faces;
    }

    private AnalysedFace analyse(Frame frame, Detection d) {
        Region square = Region.squareOf(d, frame.width(), frame.height());
        List<Point> five = landmarks.fivePoints(frame, square);
        float[] aligned = FaceAligner.align(frame, five);
        float[] embedding = embedder.embed(aligned);
        float sharpness = QualityMeasures.sharpness(aligned);
        float live = d.width() >= livenessMinFace ? liveness.score(frame, square) : Float.NaN;
        boolean isLive = !Float.isNaN(live) && live >= livenessThreshold;
        Quality quality = gate.judge(Math.round(d.height()), sharpness, QualityMeasures.yaw(five), isLive);
        return new AnalysedFace(d, five, embedding, embedder.modelId(), live, isLive, quality);
    }
}

package app.attendance.face.system;

import app.attendance.face.config.FaceProperties;
import app.attendance.face.index.FaceIndex;
import app.attendance.face.index.IndexStats;
import app.attendance.face.onnx.FaceModels;
import app.attendance.face.pipeline.FacePipeline;
import java.nio.file.Path;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v1/info}: which models run, the thresholds in force and the size of the index. */
@RestController
class InfoController {

    private final FaceProperties props;
    private final FaceModels models;
    private final FacePipeline pipeline;
    private final FaceIndex index;

    InfoController(FaceProperties props, FaceModels models, FacePipeline pipeline, FaceIndex index) {
        this.props = props;
        this.models = models;
        this.pipeline = pipeline;
        this.index = index;
    }

    @GetMapping("/v1/info")
    Info info() {
        FaceProperties.Thresholds t = props.thresholds();
        return new Info(pipeline.modelId(),
                new Models(name(models.detector().file()), name(models.landmarks().file()),
                        name(models.recognizer().file()), name(models.liveness().file())),
                FaceModels.EMBEDDING_SIZE, new Thresholds(t.match(), t.strong(), t.liveness(), t.livenessMinFace()),
                index.stats());
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    /** The service's models, thresholds and index size. */
    record Info(String modelId, Models models, int embeddingSize, Thresholds thresholds, IndexStats index) {
    }

    /** Model file names. */
    record Models(String detector, String landmarks, String recognizer, String liveness) {
    }

    /** Thresholds in force; {@code livenessMinFace}: smallest face width, px, given a liveness score. */
    record Thresholds(float match, float strong, float liveness, int livenessMinFace) {
    }
}

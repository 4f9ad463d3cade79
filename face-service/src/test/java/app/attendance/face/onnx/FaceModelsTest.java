package app.attendance.face.onnx;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attendance.face.config.FaceProperties;
import app.attendance.face.support.TestModels;
import org.junit.jupiter.api.Test;

/** A model whose inputs or outputs do not fit is refused when the service starts, naming the file. */
class FaceModelsTest {

    @Test
    void refusesARecognizerOfTheWrongShape() {
        FaceProperties p = TestModels.properties();
        FaceProperties.Models m = p.models();
        FaceProperties wrong = new FaceProperties(p.apiToken(), p.modelsDir(),
                new FaceProperties.Models(m.detector(), m.landmarks(), "fr_liveness.onnx", m.liveness(), "x", 127, 128),
                p.thresholds(), p.quality(), p.limits(), p.inferenceThreads(), p.intraOpThreads(), p.tileScale());
        assertThatThrownBy(() -> FaceModels.open(wrong))
                .isInstanceOf(ModelMismatchException.class)
                .hasMessageContaining("recognizer")
                .hasMessageContaining("fr_liveness.onnx")
                .hasMessageContaining("[1, 3, 112, 112]")
                .hasMessageContaining("[1, 512]");
    }

    @Test
    void refusesAMissingFile() {
        FaceProperties p = TestModels.properties();
        FaceProperties.Models m = p.models();
        FaceProperties missing = new FaceProperties(p.apiToken(), p.modelsDir(),
                new FaceProperties.Models("nope.onnx", m.landmarks(), m.recognizer(), m.liveness(), "x", 127, 128),
                p.thresholds(), p.quality(), p.limits(), p.inferenceThreads(), p.intraOpThreads(), p.tileScale());
        assertThatThrownBy(() -> FaceModels.open(missing))
                .isInstanceOf(ModelMismatchException.class)
                .hasMessageContaining("nope.onnx")
                .hasMessageContaining("does not exist");
    }
}

package app.attendance.face.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import app.attendance.face.alignment.FaceAligner;
import app.attendance.face.image.Frame;
import app.attendance.face.pipeline.FacePipeline;
import app.attendance.face.support.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PRelu rewrite of the real recogniser: same embeddings, no PRelu left, other models untouched. */
class PreluRewriteTest {

    private static final long[] FACE = {1, 3, 112, 112};
    private static final long[] EMBEDDING = {1, 512};

    @Test
    void replacesEveryPreluOfTheRecogniserAndKeepsEverythingElse() throws Exception {
        byte[] original = Files.readAllBytes(recognizer());
        PreluRewrite.Result result = PreluRewrite.rewrite(original).orElseThrow();
        List<String> before = PreluRewrite.opTypes(original);
        List<String> after = PreluRewrite.opTypes(result.model());
        assertThat(result.rewritten()).isEqualTo(Collections.frequency(before, "PRelu")).isEqualTo(33);
        assertThat(after).doesNotContain("PRelu");
        assertThat(Collections.frequency(after, "Conv")).isEqualTo(Collections.frequency(before, "Conv"));
        assertThat(Collections.frequency(after, "Add")).isEqualTo(Collections.frequency(before, "Add") + 33);
        assertThat(Collections.frequency(after, "Relu")).isEqualTo(33);
    }

    @Test
    void theRewrittenRecogniserGivesTheSameEmbeddingsOfRealFaces() throws Exception {
        FacePipeline pipeline = TestModels.pipeline();
        FaceModels models = TestModels.models();
        byte[] rewritten = PreluRewrite.rewrite(Files.readAllBytes(recognizer())).orElseThrow().model();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (OnnxModel plain = OnnxModel.open("recognizer", recognizer(), env, options, FACE, EMBEDDING);
                    OnnxModel fast = OnnxModel.open("recognizer", recognizer(), rewritten, env, options, FACE,
                            EMBEDDING)) {
                Frame photo = TestModels.sample(2);
                var faces = pipeline.analyse(photo);
                assertThat(faces).hasSizeGreaterThanOrEqualTo(3);
                for (var face : faces) {
                    float[] aligned = FaceAligner.align(photo, face.landmarks());
                    float[] in = new float[aligned.length];
                    for (int i = 0; i < in.length; i++) {
                        in[i] = (aligned[i] - 127f) / 128f;
                    }
                    double cosine = models.threads().call(() -> RewrittenModel.cosine(plain.run(in).values()[0], fast
                            .run(in).values()[0]));
                    assertThat(cosine).isGreaterThan(RewrittenModel.MIN_COSINE);
                }
                assertThat(models.threads().call(() -> RewrittenModel.agreement(plain, fast, FACE)))
                        .isGreaterThan(RewrittenModel.MIN_COSINE);
            }
        }
    }

    @Test
    void leavesAModelWithoutPreluAlone() throws Exception {
        assertThat(PreluRewrite.rewrite(Files.readAllBytes(TestModels.modelsDir().resolve("fr_detect.onnx"))))
                .isEmpty();
    }

    @Test
    void refusesBytesThatAreNotAModel() throws Exception {
        byte[] model = Files.readAllBytes(recognizer());
        assertThatThrownBy(() -> PreluRewrite.rewrite(Arrays.copyOf(model, model.length / 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PreluRewrite.rewrite(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wireFieldsRoundTrip() {
        byte[] message = new Wire.Writer().varint(1, 300).string(2, "PRelu").fixed32(3, 1.5f)
                .bytes(4, new byte[] {1, 2, 3}).toBytes();
        List<Wire.Located> fields = Wire.fields(message);
        assertThat(fields).extracting(f -> f.field().number()).containsExactly(1, 2, 3, 4);
        assertThat(fields.get(0).field().varint()).isEqualTo(300);
        assertThat(fields.get(1).field().string()).isEqualTo("PRelu");
        assertThat(fields.get(3).field().payload()).containsExactly(1, 2, 3);
    }

    private static Path recognizer() {
        return TestModels.modelsDir().resolve("fr_feature.onnx");
    }
}

package app.attendance.face.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.face.alignment.Point;
import app.attendance.face.embedding.FaceEmbedder;
import app.attendance.face.image.Frame;
import app.attendance.face.support.Augment;
import app.attendance.face.support.DemoFaces;
import app.attendance.face.support.TestModels;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real models on the demo photos. */
class FacePipelineTest {

    private final FacePipeline pipeline = TestModels.pipeline();

    @ParameterizedTest(name = "sample{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void findsEveryFaceOfEachDemoPhotoWithSensibleLandmarks(int n) {
        List<AnalysedFace> faces = pipeline.analyse(TestModels.sample(n));
        assertThat(faces).hasSize(DemoFaces.EXPECTED_FACES[n - 1]);
        for (AnalysedFace f : faces) {
            float margin = f.detection().height() * 0.15f;
            for (Point p : f.landmarks()) {
                assertThat(p.x()).isBetween(f.detection().x1() - margin, f.detection().x2() + margin);
                assertThat(p.y()).isBetween(f.detection().y1() - margin, f.detection().y2() + margin);
            }
            Point leftEye = f.landmarks().get(0);
            Point rightEye = f.landmarks().get(1);
            Point mouthLeft = f.landmarks().get(3);
            assertThat(leftEye.x()).isLessThan(rightEye.x());
            assertThat(mouthLeft.y()).isGreaterThan(leftEye.y());
            assertThat(f.embedding()).hasSize(512);
            assertThat(FaceEmbedder.similarity(f.embedding(), f.embedding())).isBetween(0.999f, 1.001f);
            assertThat(f.modelId()).isEqualTo("faceplugin-fr-feature");
        }
        assertThat(faces).isSortedAccordingTo((a, b) -> Float.compare(b.area(), a.area()));
    }

    @ParameterizedTest(name = "rotated sample{0}")
    @ValueSource(ints = {3})
    void embeddingIsStableUnderSmallRotation(int n) {
        Frame photo = TestModels.sample(n);
        AnalysedFace original = pipeline.analyse(photo).getFirst();
        AnalysedFace rotated = pipeline.analyse(Augment.rotate(photo, 8).frame()).stream()
                .max((a, b) -> Float.compare(FaceEmbedder.similarity(a.embedding(), original.embedding()),
                        FaceEmbedder.similarity(b.embedding(), original.embedding())))
                .orElseThrow();
        assertThat(FaceEmbedder.similarity(rotated.embedding(), original.embedding())).isGreaterThan(0.8f);
    }
}

package app.attendance.face.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.face.embedding.FaceEmbedder;
import app.attendance.face.image.Frame;
import app.attendance.face.pipeline.AnalysedFace;
import app.attendance.face.support.TestModels;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's one-thread composition of the stages analyses a photo as the service's pipeline
 * does, so its per-stage and end-to-end figures measure the same work.
 */
class StagesTest {

    @Test
    void analysesTheDemoGroupPhotoAsThePipelineDoes() {
        Frame photo = TestModels.sample(1);
        Stages stages = Stages.of(TestModels.models(), TestModels.properties());
        List<AnalysedFace> service = TestModels.pipeline().analyse(photo);
        List<AnalysedFace> here = TestModels.models().threads().call(() -> stages.analyseHere(photo));

        assertThat(here).hasSameSizeAs(service).isNotEmpty();
        for (int i = 0; i < service.size(); i++) {
            AnalysedFace s = service.get(i);
            AnalysedFace h = here.get(i);
            assertThat(h.detection()).isEqualTo(s.detection());
            assertThat(FaceEmbedder.similarity(h.embedding(), s.embedding())).isGreaterThan(0.999f);
            assertThat(h.live()).isEqualTo(s.live());
            assertThat(h.quality()).isEqualTo(s.quality());
            assertThat(h.modelId()).isEqualTo(s.modelId());
        }
    }
}

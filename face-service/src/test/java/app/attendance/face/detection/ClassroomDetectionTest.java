package app.attendance.face.detection;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.face.support.ClassroomFrames;
import app.attendance.face.support.ClassroomFrames.Classroom;
import app.attendance.face.support.ClassroomFrames.Placed;
import app.attendance.face.support.ClassroomFrames.Source;
import app.attendance.face.support.DemoFaces;
import app.attendance.face.support.TestModels;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Detection on classroom frames (1280×720, the 22 demo faces at 24–96 px): the tiled detector
 * finds nearly every face from 32 px, where the whole frame squeezed into 320×240 misses many.
 */
class ClassroomDetectionTest {

    private static List<Source> sources;
    private static FaceDetector tiled;
    private static FaceDetector whole;

    @BeforeAll
    static void faces() {
        sources = DemoFaces.all(TestModels.pipeline()).stream()
                .map(d -> new Source(d.subjectId(), TestModels.sample(d.photo()), d.box())).toList();
        var t = TestModels.properties().thresholds();
        tiled = new FaceDetector(TestModels.models().detector(), t.detection(), t.smallFaceDetection(), 3f);
        whole = new FaceDetector(TestModels.models().detector(), t.detection(), t.detection(), Float.MAX_VALUE);
    }

    @Test
    void findsClassroomFacesFrom32Pixels() {
        for (int px : new int[] {24, 32, 48, 64, 96}) {
            double tiledRecall = recall(tiled, px);
            double wholeRecall = recall(whole, px);
            System.out.printf("faces %3d px: recall tiled %.3f, whole frame only %.3f%n", px, tiledRecall, wholeRecall);
            if (px >= 32) {
                assertThat(tiledRecall).as("recall at %d px", px).isGreaterThanOrEqualTo(0.95);
            }
        }
    }

    @Test
    void aFrameOfKioskSizeIsLookedAtOnce() {
        assertThat(tiled.tiles(640, 480)).hasSize(1);
        assertThat(tiled.tiles(800, 600)).hasSize(1);
        assertThat(tiled.tiles(1280, 720)).hasSize(7);
        assertThat(tiled.tiles(1280, 720).getFirst().height()).isEqualTo(960f);
        assertThat(tiled.tiles(1280, 720).getFirst().y()).isEqualTo(-120f);
    }

    private static double recall(FaceDetector detector, int px) {
        int found = 0;
        int total = 0;
        long extra = 0;
        for (long seed = 1; seed <= 3; seed++) {
            Classroom c = ClassroomFrames.compose(sources, px, seed * 31 + px);
            List<Detection> detections = detector.detect(c.frame());
            extra += detections.stream().filter(d -> c.faces().stream().noneMatch(p -> covers(d, p.box()))).count();
            for (Placed p : c.faces()) {
                total++;
                if (detections.stream().anyMatch(d -> covers(d, p.box()))) {
                    found++;
                }
            }
        }
        System.out.printf("  %d px: %d boxes on no pasted face (mostly neighbours inside the pasted surroundings)%n",
                px, extra);
        return (double) found / total;
    }

    static boolean covers(Detection d, Detection truth) {
        float cx = (d.x1() + d.x2()) / 2;
        float cy = (d.y1() + d.y2()) / 2;
        return d.iou(truth) >= 0.3f
                || cx >= truth.x1() && cx <= truth.x2() && cy >= truth.y1() && cy <= truth.y2()
                        && d.width() < truth.width() * 2.5f;
    }
}

package app.attendance.face.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The least-squares similarity recovers a known rotation, scale and shift, and its inverse undoes it. */
class SimilarityTransformTest {

    @Test
    void recoversAKnownSimilarityAndInvertsIt() {
        double angle = Math.toRadians(17);
        float a = (float) (1.7 * Math.cos(angle));
        float b = (float) (1.7 * Math.sin(angle));
        List<Point> src = List.of(new Point(10, 20), new Point(60, 18), new Point(35, 45), new Point(15, 70), new Point(
                58, 72));
        float[][] dst = new float[5][];
        for (int i = 0; i < 5; i++) {
            Point p = src.get(i);
            dst[i] = new float[] {a * p.x() - b * p.y() + 5, b * p.x() + a * p.y() - 8};
        }
        SimilarityTransform t = SimilarityTransform.estimate(src, dst);
        assertThat(t.a()).isCloseTo(a, within(1e-4f));
        assertThat(t.b()).isCloseTo(b, within(1e-4f));
        assertThat(t.tx()).isCloseTo(5f, within(1e-3f));
        assertThat(t.ty()).isCloseTo(-8f, within(1e-3f));
        float[] m = t.inverseMap();
        float[] d = dst[2];
        assertThat(m[0] * d[0] + m[1] * d[1] + m[2]).isCloseTo(35f, within(1e-3f));
        assertThat(m[3] * d[0] + m[4] * d[1] + m[5]).isCloseTo(45f, within(1e-3f));
    }
}

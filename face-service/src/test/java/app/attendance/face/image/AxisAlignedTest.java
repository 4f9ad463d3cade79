package app.attendance.face.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AxisAlignedTest {

    private static final Frame FRAME = noise(97, 61);

    @Test
    void cropsAndResizesExactlyLikeThePixelByPixelPath() {
        float[][] maps = {
                Resampler.cropMap(0, 0, 97, 61, 40, 30), // whole frame, shrink (the detector)
                Resampler.cropMap(10.3f, 5.7f, 33, 33, 64, 64), // crop, enlarge (landmarks)
                Resampler.cropMap(-20, -15, 140, 140, 128, 128) // partly outside the frame (liveness near an edge)
        };
        for (float[] map : maps) {
            for (boolean clamp : new boolean[] {true, false}) {
                int dw = 64;
                float[] fast = new float[3 * dw * dw];
                float[] reference = new float[3 * dw * dw];
                Resampler.rgbPlanar(FRAME, map, dw, dw, 127f, 128f, clamp, fast);
                Resampler.anyRgbPlanar(FRAME, map, dw, dw, 127f, 128f, clamp, reference);
                assertThat(fast).containsExactly(reference);
            }
            float[] fastGray = new float[64 * 64];
            float[] referenceGray = new float[64 * 64];
            Resampler.grayPlanar(FRAME, map, 64, 64, 256f, fastGray);
            Resampler.anyGrayPlanar(FRAME, map, 64, 64, 256f, referenceGray);
            assertThat(fastGray).containsExactly(referenceGray);
        }
    }

    @Test
    void takesTheFastPathOnlyWithoutRotationAndInsideTheFrameUnlessClamped() {
        float[] inside = Resampler.cropMap(0, 0, 97, 61, 40, 30);
        float[] outside = Resampler.cropMap(-20, -15, 140, 140, 128, 128);
        float[] rotated = {0.9f, 0.1f, 5f, -0.1f, 0.9f, 5f};
        assertThat(AxisAligned.applies(FRAME, inside, 40, 30, false)).isTrue();
        assertThat(AxisAligned.applies(FRAME, outside, 128, 128, true)).isTrue();
        assertThat(AxisAligned.applies(FRAME, outside, 128, 128, false)).isFalse();
        assertThat(AxisAligned.applies(FRAME, rotated, 64, 64, true)).isFalse();
    }

    private static Frame noise(int w, int h) {
        byte[] rgb = new byte[w * h * 3];
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) random.nextInt(256);
        }
        return new Frame(w, h, rgb);
    }
}

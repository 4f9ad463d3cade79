package app.attendance.face.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RotatedTest {

    private static final Frame FRAME = noise(97, 61);

    @Test
    void warpsExactlyLikeThePixelByPixelPath() {
        float[][] maps = {
                {0.9f, 0.1f, 5f, -0.1f, 0.9f, 5f}, // turned a little, inside the frame
                {0.31f, -0.27f, 40.2f, 0.27f, 0.31f, 3.9f}, // shrunk and turned (an aligned face)
                {1.7f, 0.6f, -30f, -0.6f, 1.7f, 20f}, // enlarged, partly outside the frame
                {0.5f, 0f, 96.5f, 0f, 0.5f, 60.25f} // on the last row and column, where the edge path takes over
        };
        for (float[] map : maps) {
            for (boolean clamp : new boolean[] {true, false}) {
                int dw = 112;
                float[] fast = new float[3 * dw * dw];
                float[] reference = new float[3 * dw * dw];
                Rotated.rgbPlanar(FRAME, map, dw, dw, 127.5f, 127.5f, clamp, fast);
                Resampler.anyRgbPlanar(FRAME, map, dw, dw, 127.5f, 127.5f, clamp, reference);
                assertThat(fast).containsExactly(reference);
            }
        }
    }

    private static Frame noise(int w, int h) {
        byte[] rgb = new byte[w * h * 3];
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) random.nextInt(256);
        }
        return new Frame(w, h, rgb);
    }
}

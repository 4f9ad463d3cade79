package app.attendance.face.image;

/**
 * Scales part of a frame down by averaging the source pixels each output pixel covers (a box
 * filter), as a camera's optics and sensor do for a face further away; a bilinear step would
 * alias instead.
 */
public final class Shrink {

    private Shrink() {
    }

    /**
     * The region {@code (x, y, width, height)} of {@code src} (clamped to the frame) scaled by
     * {@code scale} (0 &lt; scale ≤ 1), at least one pixel each way.
     */
    public static Frame region(Frame src, int x, int y, int width, int height, double scale) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must be in (0, 1]: " + scale);
        }
        int x0 = Math.clamp(x, 0, src.width() - 1);
        int y0 = Math.clamp(y, 0, src.height() - 1);
        int x1 = Math.clamp((long) x + width, x0 + 1, src.width());
        int y1 = Math.clamp((long) y + height, y0 + 1, src.height());
        int ow = Math.max(1, (int) Math.ceil((x1 - x0) * scale));
        int oh = Math.max(1, (int) Math.ceil((y1 - y0) * scale));
        long[] sums = new long[ow * oh * 3];
        int[] counts = new int[ow * oh];
        byte[] in = src.rgb();
        for (int sy = y0; sy < y1; sy++) {
            int oy = Math.min(oh - 1, (int) ((sy - y0) * scale));
            for (int sx = x0; sx < x1; sx++) {
                int o = oy * ow + Math.min(ow - 1, (int) ((sx - x0) * scale));
                int i = (sy * src.width() + sx) * 3;
                sums[o * 3] += in[i] & 0xff;
                sums[o * 3 + 1] += in[i + 1] & 0xff;
                sums[o * 3 + 2] += in[i + 2] & 0xff;
                counts[o]++;
            }
        }
        byte[] out = new byte[ow * oh * 3];
        for (int o = 0; o < counts.length; o++) {
            int n = Math.max(1, counts[o]);
            for (int c = 0; c < 3; c++) {
                out[o * 3 + c] = (byte) ((sums[o * 3 + c] + n / 2) / n);
            }
        }
        return new Frame(ow, oh, out);
    }
}

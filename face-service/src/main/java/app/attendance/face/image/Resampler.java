package app.attendance.face.image;

/**
 * Bilinear sampling of a {@link Frame} straight into the planar float layout models take. A
 * destination pixel (x, y) reads the source at {@code (a·x + b·y + c, d·x + e·y + f)}; an axis
 * aligned crop-and-resize uses pixel centres like OpenCV's {@code resize}. Outside the frame the
 * edge is repeated ({@code clampEdge}) or black.
 */
public final class Resampler {

    private Resampler() {
    }

    /** Inverse map of cropping [x, x+w) × [y, y+h) and resizing it to dw × dh, pixel centres aligned. */
    public static float[] cropMap(float x, float y, float w, float h, int dw, int dh) {
        float sx = w / dw;
        float sy = h / dh;
        return new float[] {sx, 0, x + 0.5f * sx - 0.5f, 0, sy, y + 0.5f * sy - 0.5f};
    }

    /**
     * Writes three planes (R, G, B), each {@code (v - mean) / std}, of dw × dh into {@code out}.
     *
     * @param map six coefficients a, b, c, d, e, f of the destination → source map
     */
    public static void rgbPlanar(Frame src, float[] map, int dw, int dh, float mean, float std,
            boolean clampEdge, float[] out) {
        if (AxisAligned.applies(src, map, dw, dh, clampEdge)) {
            AxisAligned.rgbPlanar(src, map, dw, dh, mean, std, out);
        } else {
            Rotated.rgbPlanar(src, map, dw, dh, mean, std, clampEdge, out);
        }
    }

    /** {@link #rgbPlanar} for any map, pixel by pixel (the reference the fast paths are tested against). */
    static void anyRgbPlanar(Frame src, float[] map, int dw, int dh, float mean, float std,
            boolean clampEdge, float[] out) {
        int plane = dw * dh;
        float scale = 1f / std;
        float[] px = new float[3];
        for (int y = 0; y < dh; y++) {
            for (int x = 0; x < dw; x++) {
                float sx = map[0] * x + map[1] * y + map[2];
                float sy = map[3] * x + map[4] * y + map[5];
                sample(src, sx, sy, clampEdge, px);
                int i = y * dw + x;
                out[i] = (px[0] - mean) * scale;
                out[plane + i] = (px[1] - mean) * scale;
                out[2 * plane + i] = (px[2] - mean) * scale;
            }
        }
    }

    /** Writes one gray plane, {@code 0.299 R + 0.587 G + 0.114 B} divided by {@code divisor}. */
    public static void grayPlanar(Frame src, float[] map, int dw, int dh, float divisor, float[] out) {
        if (AxisAligned.applies(src, map, dw, dh, true)) {
            AxisAligned.grayPlanar(src, map, dw, dh, divisor, out);
        } else {
            anyGrayPlanar(src, map, dw, dh, divisor, out);
        }
    }

    /** {@link #grayPlanar} for any map, pixel by pixel. */
    static void anyGrayPlanar(Frame src, float[] map, int dw, int dh, float divisor, float[] out) {
        float[] px = new float[3];
        for (int y = 0; y < dh; y++) {
            for (int x = 0; x < dw; x++) {
                sample(src, map[0] * x + map[1] * y + map[2], map[3] * x + map[4] * y + map[5], true, px);
                out[y * dw + x] = (0.299f * px[0] + 0.587f * px[1] + 0.114f * px[2]) / divisor;
            }
        }
    }

    static void sample(Frame f, float sx, float sy, boolean clampEdge, float[] px) {
        int w = f.width();
        int h = f.height();
        if (clampEdge) {
            sx = Math.min(Math.max(sx, 0), w - 1);
            sy = Math.min(Math.max(sy, 0), h - 1);
        }
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        float fx = sx - x0;
        float fy = sy - y0;
        byte[] rgb = f.rgb();
        if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
            // Interior: all four neighbours exist, no bounds checks.
            int i00 = (y0 * w + x0) * 3;
            int i01 = i00 + w * 3;
            for (int c = 0; c < 3; c++) {
                float p00 = rgb[i00 + c] & 0xFF;
                float p10 = rgb[i00 + 3 + c] & 0xFF;
                float p01 = rgb[i01 + c] & 0xFF;
                float p11 = rgb[i01 + 3 + c] & 0xFF;
                float top = p00 + (p10 - p00) * fx;
                float bottom = p01 + (p11 - p01) * fx;
                px[c] = top + (bottom - top) * fy;
            }
            return;
        }
        for (int c = 0; c < 3; c++) {
            float p00 = at(rgb, w, h, x0, y0, c);
            float p10 = at(rgb, w, h, x0 + 1, y0, c);
            float p01 = at(rgb, w, h, x0, y0 + 1, c);
            float p11 = at(rgb, w, h, x0 + 1, y0 + 1, c);
            float top = p00 + (p10 - p00) * fx;
            float bottom = p01 + (p11 - p01) * fx;
            px[c] = top + (bottom - top) * fy;
        }
    }

    private static float at(byte[] rgb, int w, int h, int x, int y, int c) {
        if (x < 0 || y < 0 || x >= w || y >= h) {
            return 0f;
        }
        return rgb[(y * w + x) * 3 + c] & 0xFF;
    }
}

package app.attendance.face.image;

/**
 * The fast path of {@link Resampler} for any map (the alignment's rotated warp): the products
 * {@code a·x} and {@code d·x} of every destination column and {@code b·y}, {@code e·y} of every
 * row are worked out once, a sample whose four neighbours lie inside the frame is read without
 * bounds checks or calls, and only samples at or beyond the edge take the general path. The sums
 * are added in the same order as {@link Resampler}'s {@code a·x + b·y + c}, so the output is
 * identical bit for bit.
 */
final class Rotated {

    private Rotated() {
    }

    static void rgbPlanar(Frame src, float[] map, int dw, int dh, float mean, float std, boolean clampEdge,
            float[] out) {
        int w = src.width();
        int h = src.height();
        byte[] rgb = src.rgb();
        int plane = dw * dh;
        float scale = 1f / std;
        float[] ax = new float[dw];
        float[] dx = new float[dw];
        for (int x = 0; x < dw; x++) {
            ax[x] = map[0] * x;
            dx[x] = map[3] * x;
        }
        float[] px = new float[3];
        for (int y = 0; y < dh; y++) {
            float by = map[1] * y;
            float ey = map[4] * y;
            int o = y * dw;
            for (int x = 0; x < dw; x++) {
                float sx = ax[x] + by + map[2];
                float sy = dx[x] + ey + map[5];
                int i = o + x;
                if (sx >= 0 && sy >= 0 && sx < w - 1 && sy < h - 1) {
                    // Inside: clamping changes nothing and all four neighbours exist.
                    int x0 = (int) sx;
                    int y0 = (int) sy;
                    float fx = sx - x0;
                    float fy = sy - y0;
                    int i00 = (y0 * w + x0) * 3;
                    int i01 = i00 + w * 3;
                    for (int c = 0; c < 3; c++) {
                        float p00 = rgb[i00 + c] & 0xFF;
                        float p10 = rgb[i00 + 3 + c] & 0xFF;
                        float p01 = rgb[i01 + c] & 0xFF;
                        float p11 = rgb[i01 + 3 + c] & 0xFF;
                        float top = p00 + (p10 - p00) * fx;
                        float bottom = p01 + (p11 - p01) * fx;
                        out[c * plane + i] = (top + (bottom - top) * fy - mean) * scale;
                    }
                } else {
                    Resampler.sample(src, sx, sy, clampEdge, px);
                    out[i] = (px[0] - mean) * scale;
                    out[plane + i] = (px[1] - mean) * scale;
                    out[2 * plane + i] = (px[2] - mean) * scale;
                }
            }
        }
    }
}

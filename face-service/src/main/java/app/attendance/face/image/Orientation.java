package app.attendance.face.image;

/** Applies an EXIF orientation (1–8) to interleaved RGB pixels, giving the upright frame. */
final class Orientation {

    private Orientation() {
    }

    static Frame apply(byte[] rgb, int w, int h, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return new Frame(w, h, rgb);
        }
        boolean swap = orientation >= 5;
        int ow = swap ? h : w;
        int oh = swap ? w : h;
        byte[] out = new byte[rgb.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (orientation) {
                    case 2 -> {
                        tx = w - 1 - x;
                        ty = y;
                    }
                    case 3 -> {
                        tx = w - 1 - x;
                        ty = h - 1 - y;
                    }
                    case 4 -> {
                        tx = x;
                        ty = h - 1 - y;
                    }
                    case 5 -> {
                        tx = y;
                        ty = x;
                    }
                    case 6 -> {
                        tx = h - 1 - y;
                        ty = x;
                    }
                    case 7 -> {
                        tx = h - 1 - y;
                        ty = w - 1 - x;
                    }
                    default -> {
                        tx = y;
                        ty = w - 1 - x;
                    }
                }
                int s = (y * w + x) * 3;
                int d = (ty * ow + tx) * 3;
                out[d] = rgb[s];
                out[d + 1] = rgb[s + 1];
                out[d + 2] = rgb[s + 2];
            }
        }
        return new Frame(ow, oh, out);
    }
}

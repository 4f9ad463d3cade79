package app.attendance.face.eval;

/** An axis-aligned face box in pixels (x, y = top left). */
record Box(double x, double y, double w, double h) {

    double cx() {
        return x + w / 2;
    }

    double cy() {
        return y + h / 2;
    }

    double side() {
        return Math.max(w, h);
    }

    /** The same box shape, {@code scale} times the size, centred on ({@code cx}, {@code cy}). */
    Box placed(double cx, double cy, double scale) {
        return new Box(cx - w * scale / 2, cy - h * scale / 2, w * scale, h * scale);
    }

    boolean contains(double px, double py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }

    double iou(Box o) {
        double ix = Math.max(0, Math.min(x + w, o.x + o.w) - Math.max(x, o.x));
        double iy = Math.max(0, Math.min(y + h, o.y + o.h) - Math.max(y, o.y));
        double inter = ix * iy;
        double union = w * h + o.w * o.h - inter;
        return union <= 0 ? 0 : inter / union;
    }

    /** Whether the square of side {@code factor × side()} around the centre lies inside a width × height image. */
    boolean hasContext(double factor, int width, int height) {
        double half = side() * factor / 2;
        return cx() - half >= 0 && cy() - half >= 0 && cx() + half <= width && cy() + half <= height;
    }
}

package app.attendance.face.detection;

/**
 * A detected face: the detector's box in frame pixels ({@code x1,y1} top-left, {@code x2,y2}
 * bottom-right) and its score.
 */
public record Detection(float x1, float y1, float x2, float y2, float score) {

    public float width() {
        return x2 - x1;
    }

    public float height() {
        return y2 - y1;
    }

    float area() {
        return Math.max(0, width()) * Math.max(0, height());
    }

    /** Intersection over union with another box. */
    public float overlap(Detection o) {
        return iou(o);
    }

    float iou(Detection o) {
        float ix = Math.max(0, Math.min(x2, o.x2) - Math.max(x1, o.x1));
        float iy = Math.max(0, Math.min(y2, o.y2) - Math.max(y1, o.y1));
        float inter = ix * iy;
        float union = area() + o.area() - inter;
        return union <= 0 ? 0 : inter / union;
    }

    /** The share of the smaller of the two boxes that lies inside the other. */
    float inside(Detection o) {
        float ix = Math.max(0, Math.min(x2, o.x2) - Math.max(x1, o.x1));
        float iy = Math.max(0, Math.min(y2, o.y2) - Math.max(y1, o.y1));
        float smaller = Math.min(area(), o.area());
        return smaller <= 0 ? 0 : ix * iy / smaller;
    }
}

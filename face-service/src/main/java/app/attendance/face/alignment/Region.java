package app.attendance.face.alignment;

import app.attendance.face.detection.Detection;

/** An axis-aligned rectangle in frame pixels, used for the crops the models see. */
public record Region(float x, float y, float width, float height) {

    /** The detector box made square (side = box height, same centre) and clipped to the frame. */
    public static Region squareOf(Detection d, int frameWidth, int frameHeight) {
        float side = d.height();
        float cx = (d.x1() + d.x2()) / 2;
        float cy = (d.y1() + d.y2()) / 2;
        float x1 = Math.max(0, cx - side / 2);
        float y1 = Math.max(0, cy - side / 2);
        float x2 = Math.min(frameWidth, cx + side / 2);
        float y2 = Math.min(frameHeight, cy + side / 2);
        return new Region(x1, y1, Math.max(1, x2 - x1), Math.max(1, y2 - y1));
    }
}

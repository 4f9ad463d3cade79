package app.attendance.face.pipeline;

import app.attendance.face.alignment.Point;
import app.attendance.face.detection.Detection;
import java.util.List;

/** The small JSON shapes several endpoints share. */
public final class FaceJson {

    private FaceJson() {
    }

    /** A face box in pixels of the upright (EXIF-rotated) image. */
    public record Box(int x, int y, int width, int height) {

        public static Box of(Detection d) {
            int x = Math.round(d.x1());
            int y = Math.round(d.y1());
            return new Box(x, y, Math.round(d.x2()) - x, Math.round(d.y2()) - y);
        }
    }

    /** Probability that the face is live, and the verdict under the configured threshold. */
    public record Liveness(float score, boolean live) {

        /** The face's liveness, or null when the face was too small to be scored. */
        public static Liveness of(AnalysedFace f) {
            return Float.isNaN(f.liveness()) ? null : new Liveness(Math.round(f.liveness() * 1000) / 1000f, f.live());
        }
    }

    /** A landmark, pixels. */
    public record Landmark(float x, float y) {

        static List<Landmark> of(List<Point> points) {
            return points.stream().map(p -> new Landmark(Math.round(p.x() * 10) / 10f, Math.round(p.y() * 10) / 10f))
                    .toList();
        }
    }
}

package app.attendance.face.pipeline;

import app.attendance.face.alignment.Point;
import app.attendance.face.detection.Detection;
import app.attendance.face.quality.Quality;
import java.util.List;

/**
 * Everything the pipeline knows about one face of a frame.
 *
 * @param detection detector box and score, frame pixels
 * @param landmarks left eye, right eye, nose, left and right mouth corner
 * @param embedding L2-normalised, made by the recogniser {@code modelId}
 * @param liveness  probability that the face is live
 * @param live      {@code liveness} at or above the liveness threshold
 * @param quality   enrolment gates
 */
public record AnalysedFace(Detection detection, List<Point> landmarks, float[] embedding, String modelId,
        float liveness, boolean live, Quality quality) {

    /** Area of the detector box, to pick the main face of a photo. */
    public float area() {
        return detection.width() * detection.height();
    }
}

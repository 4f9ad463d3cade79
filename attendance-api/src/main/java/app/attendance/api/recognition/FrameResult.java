package app.attendance.api.recognition;

import app.attendance.api.attendance.AttendanceStatus;
import java.util.List;

/**
 * The answer to a frame: every face with its box and what happened to it.
 *
 * @param sessionId the session the frame was taken in
 */
public record FrameResult(long sessionId, int width, int height, List<FaceResult> faces) {

    /** A face box in pixels of the frame. */
    public record Box(int x, int y, int width, int height) {
    }

    /** One face of the frame. */
    public record FaceResult(Box box, Outcome outcome, Long studentId, String studentName, AttendanceStatus status,
                             Double similarity, Double liveness) {
    }
}

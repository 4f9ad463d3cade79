package app.attendance.api.attendance.recognition;

import app.attendance.api.attendance.AttendanceStatus;
import java.util.List;

/**
 * The answer to a frame: every face with its box and what happened to it.
 *
 * @param sessionId the session the frame was taken in
 * @param pendingCount open pending matches of the session after this frame (faces waiting for the teacher)
 * @param everyoneMarked every enrolled student of the class has a record after this frame: nobody is
 *                       left to find, so frames are looked at whole and a camera may send them at
 *                       640 px wide (the live page does) until a mark is taken back
 */
public record FrameResult(long sessionId, int width, int height, List<FaceResult> faces, int pendingCount,
        boolean everyoneMarked) {

    /** A face box in pixels of the frame. */
    public record Box(int x, int y, int width, int height) {
    }

    /**
     * One face of the frame.
     *
     * @param liveness the liveness score, or null when the face was too small to be scored (or
     *                 only located, being followed since an earlier frame)
     * @param reason why it waits for the teacher, or how it was marked, or null
     * @param pendingId the pending match to confirm or reject, for NEEDS_CONFIRMATION
     * @param trackId the followed face this is, across frames, once identified
     */
    public record FaceResult(Box box, Outcome outcome, Long studentId, String studentName, AttendanceStatus status,
            Double similarity, Double liveness, ReviewReason reason, Long pendingId,
            Long trackId) {

        FaceResult withTrack(Long id) {
            return new FaceResult(box, outcome, studentId, studentName, status, similarity, liveness, reason,
                    pendingId, id);
        }
    }
}

package app.attendance.web.live;

import java.util.List;

/**
 * What the API saw in one frame: every face with its box and outcome, and how many matches of the
 * session wait for the teacher, and whether everyone of the class is marked (the page then sends
 * smaller frames). Relayed to the page as JSON. Fields added after the first API ({@code pendingCount},
 * {@code everyoneMarked}, and per face {@code reason}, {@code pendingId}, {@code trackId}) are null
 * when an older API leaves them out; the page copes with that.
 */
public record FrameResult(Long sessionId, int width, int height, List<Face> faces, Integer pendingCount,
        Boolean everyoneMarked) {

    public FrameResult {
        faces = faces == null ? List.of() : faces;
    }

    /**
     * One face.
     *
     * @param outcome   MARKED, ALREADY_MARKED, CONFIRMING, NEEDS_CONFIRMATION, UNKNOWN, OTHER_CLASS, SPOOF, or
     *                  TOO_SMALL (kiosk: too far away for the liveness check, "come closer")
     * @param reason    why the outcome was reached, when it matters to the teacher: POSSIBLE_PHOTO, LOW_SIMILARITY,
     *                  AMBIGUOUS (why a match waits for review), NO_LIVENESS_CHECK (marked on recognition alone: the
     *                  face is too small for the liveness model), COME_CLOSER (kiosk); null otherwise
     * @param pendingId the pending match to confirm or reject, for NEEDS_CONFIRMATION
     * @param trackId   a stable id of this face across frames
     */
    public record Face(Box box, String outcome, Long studentId, String studentName, String status,
            Double similarity, Double liveness, String reason, Long pendingId, Long trackId) {
    }

    /** Pixel box in the frame. */
    public record Box(double x, double y, double width, double height) {
    }
}

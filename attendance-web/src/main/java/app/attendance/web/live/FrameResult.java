package app.attendance.web.live;

import java.util.List;

/** What the API saw in one frame: every face with its box and outcome. Relayed to the page as JSON. */
public record FrameResult(Long sessionId, int width, int height, List<Face> faces) {

    public FrameResult {
        faces = faces == null ? List.of() : faces;
    }

    /** One face. {@code outcome}: MARKED, ALREADY_MARKED, CONFIRMING, NEEDS_CONFIRMATION, UNKNOWN, OTHER_CLASS, SPOOF. */
    public record Face(Box box, String outcome, Long studentId, String studentName, String status,
                       Double similarity, Double liveness) {
    }

    /** Pixel box in the frame. */
    public record Box(double x, double y, double width, double height) {
    }
}

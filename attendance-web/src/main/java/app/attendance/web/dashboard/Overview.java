package app.attendance.web.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * The school-wide part of the dashboard as attendance-api computes it ({@code GET /api/dashboard}):
 * rates, at-risk count, face-service and camera status, recent activity. Only the fields shown.
 */
public record Overview(Counts today, Counts week, long atRisk, double atRiskRate, FaceService faceService,
        Devices devices, List<Activity> activity) {

    /** Counted records and their rate (null when nothing counts). */
    public record Counts(long present, long late, long absent, long counted, Double rate) {

        /** The rate as a whole percentage for display, or null. */
        public Long percent() {
            return rate == null ? null : Math.round(rate * 100);
        }
    }

    /** face-service as seen from the API. */
    public record FaceService(boolean up, String modelId, Long indexFaces, Long indexSubjects, String error) {
    }

    /** Enabled camera devices and how many were seen recently. */
    public record Devices(long total, long online) {
    }

    /** One audit entry. */
    public record Activity(Instant at, String actor, String action, String entity, Long entityId) {
    }

    /** The at-risk rate as a whole percentage. */
    public long atRiskPercent() {
        return Math.round(atRiskRate * 100);
    }
}

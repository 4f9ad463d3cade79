package app.attendance.api.dashboard;

import app.attendance.api.report.Counts;
import app.attendance.api.report.DaySession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's data in one answer.
 *
 * @param date today in the school's zone
 * @param sessions today's sessions with live counts
 * @param today counts and rate of today
 * @param week counts and rate of this week (Monday to today)
 * @param atRisk students below the at-risk rate over the at-risk window
 * @param atRiskRate the at-risk rate (fraction)
 * @param faceService face-service status
 * @param devices camera devices
 * @param activity recent audit entries, newest first (admins only; empty for teachers)
 */
public record Dashboard(LocalDate date, List<DaySession> sessions, Counts today, Counts week, long atRisk,
        double atRiskRate, FaceService faceService, Devices devices, List<Activity> activity) {

    /**
     * face-service as seen from the API.
     *
     * @param up whether it answered
     * @param modelId its recognition model, or null
     * @param indexFaces faces in its index, or null
     * @param indexSubjects subjects in its index, or null
     * @param error why it is considered down, or null
     */
    public record FaceService(boolean up, String modelId, Long indexFaces, Long indexSubjects, String error) {
    }

    /**
     * Camera devices.
     *
     * @param total enabled devices
     * @param online enabled devices seen within the online window
     */
    public record Devices(long total, long online) {
    }

    /**
     * An audit entry.
     *
     * @param at when
     * @param actor who
     * @param action what
     * @param entity on which kind of thing
     * @param entityId its id
     */
    public record Activity(Instant at, String actor, String action, String entity, Long entityId) {
    }
}

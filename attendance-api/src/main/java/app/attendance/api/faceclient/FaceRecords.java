package app.attendance.api.faceclient;

import java.time.Instant;
import java.util.List;

/** The bodies face-service answers with, as far as attendance-api needs them. */
public final class FaceRecords {

    private FaceRecords() {
    }

    /** A face's box in the image's pixels. */
    public record Box(int x, int y, int width, int height) {
    }

    /** Liveness score and verdict of one face. */
    public record Liveness(double score, boolean live) {
    }

    /** A subject and how similar a face is to it (cosine). */
    public record SubjectSimilarity(String subjectId, double similarity) {
    }

    /** Result of one enrolment image. */
    public record EnrolImageResult(int index, String fileName, boolean accepted, String faceId,
            String reason, String message, SubjectSimilarity nearest) {
    }

    /** Answer of {@code PUT /v1/subjects/{id}/faces}. */
    public record EnrolResult(String subjectId, List<EnrolImageResult> results) {
    }

    /** One stored face of a subject. */
    public record StoredFace(String faceId, String modelId, Instant createdAt) {
    }

    /** Answer of {@code GET /v1/subjects/{id}}. */
    public record SubjectFaces(String subjectId, List<StoredFace> faces) {
    }

    /**
     * One face found by {@code /v1/recognize}. {@code liveness} is null for a face too small for
     * the liveness model; {@code known} is the index of the caller's known box this face is in
     * (then only {@code box} is set).
     */
    public record RecognizedFace(Box box, Liveness liveness, SubjectSimilarity match,
            SubjectSimilarity runnerUp, SubjectSimilarity outsider, Integer known) {

        public RecognizedFace(Box box, Liveness liveness, SubjectSimilarity match, SubjectSimilarity runnerUp,
                SubjectSimilarity outsider) {
            this(box, liveness, match, runnerUp, outsider, null);
        }
    }

    /** Answer of {@code POST /v1/recognize}. */
    public record Recognition(String modelId, int width, int height, List<RecognizedFace> faces) {
    }

    /** face-service's decision thresholds. */
    public record Thresholds(double match, double strong, double liveness) {
    }

    /** Answer of {@code GET /v1/info}, the parts used here. */
    public record Info(String modelId, Thresholds thresholds, IndexSize index) {
    }

    /** How many faces and subjects face-service's index holds. */
    public record IndexSize(long faces, long subjects) {
    }

    /** A subject in face-service and how many faces it holds. */
    public record SubjectSummary(String subjectId, int faces) {
    }

    /** Answer of {@code GET /v1/subjects}: one page, and the {@code after} of the next (null on the last). */
    public record SubjectPage(List<SubjectSummary> subjects, String next) {
    }

    /** Answer of {@code DELETE /v1/subjects/{id}}. */
    public record Deleted(int deleted) {
    }

    /** An image to send: its bytes and the file name face-service reports back. */
    public record Image(String fileName, byte[] bytes) {
    }
}

package app.attendance.api.enrolment;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the enrolment endpoints. */
final class EnrolmentResults {

    private EnrolmentResults() {
    }

    /** A student whose face is very close to the new photo. */
    record LookAlike(long studentId, String studentName, double similarity) {
    }

    /** Result of one uploaded photo. */
    record PhotoResult(String fileName, boolean accepted, Long photoId, String reason, String message,
            LookAlike lookAlike) {
    }

    /** Answer of a photo upload. */
    record UploadResult(List<PhotoResult> results) {
    }

    /** Result of one file of a zip upload. */
    record ZipPhotoResult(String fileName, Long studentId, String studentCode, boolean accepted, Long photoId,
            String reason, String message, LookAlike lookAlike) {
    }

    /** Answer of a zip upload. */
    record ZipResult(int files, int accepted, int rejected, List<ZipPhotoResult> results) {
    }

    /** A stored photo as listed. */
    record PhotoView(long id, Instant createdAt, String faceId) {
    }
}

package app.attendance.face.enrolment;

import app.attendance.face.quality.Reason;

/**
 * The outcome for one uploaded photo.
 *
 * @param index    position of the photo in the request, from 0
 * @param faceId   id of the stored face when accepted
 * @param reason   why it was rejected, else null
 * @param nearest  most similar other subject at or above the match threshold, else null
 */
record EnrolResult(int index, String fileName, boolean accepted, String faceId, Reason reason, String message,
        Nearest nearest) {

    static EnrolResult accepted(int index, String fileName, String faceId, Nearest nearest) {
        return new EnrolResult(index, fileName, true, faceId, null, null, nearest);
    }

    static EnrolResult rejected(int index, String fileName, Reason reason, String message) {
        return new EnrolResult(index, fileName, false, null, reason, message, null);
    }

    /** Another subject that looks like this photo. */
    record Nearest(String subjectId, float similarity) {
    }
}

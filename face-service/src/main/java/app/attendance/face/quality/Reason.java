package app.attendance.face.quality;

/** Why a photo was not accepted for enrolment. */
public enum Reason {
    NO_FACE, MULTIPLE_FACES, TOO_SMALL, BLURRED, TURNED, NOT_LIVE, INVALID_IMAGE
}

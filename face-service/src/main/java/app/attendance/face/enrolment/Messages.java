package app.attendance.face.enrolment;

import app.attendance.face.pipeline.AnalysedFace;
import app.attendance.face.quality.Quality;
import app.attendance.face.quality.Reason;
import java.util.Locale;

/** Messages a person understands for each quality reason. */
final class Messages {

    private Messages() {
    }

    static String of(Reason reason, AnalysedFace face) {
        Quality q = face.quality();
        return switch (reason) {
            case TOO_SMALL -> String.format(Locale.ROOT,
                    "The face is %d pixels tall; move closer or use a larger photo.", q.faceSize());
            case TURNED -> String.format(Locale.ROOT,
                    "The head is turned about %.0f degrees; the subject should face the camera.", Math.abs(q.yaw()));
            case BLURRED -> String.format(Locale.ROOT,
                    "The face is blurred (sharpness %.0f); hold the camera still and focus on the face.", q
                            .sharpness());
            case NOT_LIVE -> Float.isNaN(face.liveness())
                    ? "The face is too small to check that it is live; move closer or use a larger photo."
                    : String.format(Locale.ROOT,
                            "The face looks like a photo or a screen (liveness %.2f); photograph the person directly.",
                            face.liveness());
            default -> reason.name();
        };
    }
}

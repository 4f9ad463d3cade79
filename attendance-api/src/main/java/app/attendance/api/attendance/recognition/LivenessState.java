package app.attendance.api.attendance.recognition;

import app.attendance.api.faceclient.FaceRecords.Liveness;

/** What the liveness model said about one face in one frame. */
enum LivenessState {
    /** Scored live. */
    LIVE,
    /** Scored below the liveness threshold: possibly a photo or a screen. */
    DOUBTFUL,
    /** Not scored: the face is smaller than the size where the model is reliable. */
    UNSCORED;

    static LivenessState of(Liveness liveness) {
        return liveness == null ? UNSCORED : liveness.live() ? LIVE : DOUBTFUL;
    }
}

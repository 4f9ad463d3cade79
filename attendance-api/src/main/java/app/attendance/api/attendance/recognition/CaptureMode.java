package app.attendance.api.attendance.recognition;

import app.attendance.api.attendance.Source;

/**
 * Who watches the camera. A teacher-attended live session can see a photo held up, so liveness is
 * evidence there; an unattended device or kiosk enforces it.
 */
enum CaptureMode {
    ATTENDED, UNATTENDED;

    static CaptureMode of(Source source) {
        return source == Source.DEVICE ? UNATTENDED : ATTENDED;
    }
}

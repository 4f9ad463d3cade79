/** Enrolment quality gates: face size, sharpness, head yaw and liveness, with reason codes. */
package app.attendance.face.quality;

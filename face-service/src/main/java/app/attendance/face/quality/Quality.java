package app.attendance.face.quality;

import java.util.List;

/**
 * How usable a face is for enrolment.
 *
 * @param faceSize  height of the detected face box, pixels
 * @param sharpness variance of the Laplacian of the aligned crop
 * @param yaw       estimated head turn, degrees
 * @param ok        no reason to reject it
 * @param reasons   every gate it fails, most fundamental first
 */
public record Quality(int faceSize, float sharpness, float yaw, boolean ok, List<Reason> reasons) {
}

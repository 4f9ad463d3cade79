/** {@code POST /v1/verify}: are the largest faces of two images the same person. */
package app.attendance.face.verification;

/** {@code POST /v1/recognize}: every face of a frame against the enrolled subjects. */
package app.attendance.face.recognition;

/** ONNX Runtime: one environment with one global thread pool and the model sessions, checked at start-up. */
package app.attendance.face.onnx;

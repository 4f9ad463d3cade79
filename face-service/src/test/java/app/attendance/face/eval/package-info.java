/**
 * The evaluation run by {@code ./bench.sh face-eval} (not a test: it is never run by the build):
 * classroom frames composed from a labelled folder of photos, group photos and close-range
 * liveness sets, sent over HTTP to a real face-service process with the real models. Figures are
 * printed as tables, never asserted.
 */
package app.attendance.face.eval;

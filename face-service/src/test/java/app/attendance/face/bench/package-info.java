/** The benchmark (run by face-service/bench.sh, not by the test suite): figures are printed, never asserted. */
package app.attendance.face.bench;

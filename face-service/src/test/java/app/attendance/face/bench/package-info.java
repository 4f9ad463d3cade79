/** The benchmark (run by {@code ./bench.sh face}, not by the test suite): figures are printed, never asserted. */
package app.attendance.face.bench;

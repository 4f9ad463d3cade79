package app.attendance.api.importing;

/** A successful import. */
record ImportResult(int imported) {
}

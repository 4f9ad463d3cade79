package app.attendance.api.session;

/** Outcome of generating sessions from the timetable. */
record GenerateResult(int created, int existing) {
}

package app.attendance.api.attendance;

/** Outcome of generating sessions from the timetable. */
record GenerateResult(int created, int existing) {
}

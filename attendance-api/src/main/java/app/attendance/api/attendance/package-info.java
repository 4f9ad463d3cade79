/**
 * Taking attendance: sessions (dated lessons generated from the timetable or ad hoc; open, close,
 * reopen), their attendance records (session × student), rosters, the marking rules and manual
 * changes. Subpackages: {@code recognition} (live frames, evidence across frames, review) and
 * {@code devicefeed} (frames and status for registered camera devices).
 */
package app.attendance.api.attendance;

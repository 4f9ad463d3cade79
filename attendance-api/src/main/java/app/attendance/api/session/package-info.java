/** Sessions: dated lessons generated from the timetable or ad hoc; open, close, reopen, roster. */
package app.attendance.api.session;

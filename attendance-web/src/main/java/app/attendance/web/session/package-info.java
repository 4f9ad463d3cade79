/** Dated sessions of timetable slots: today's list, open and close. */
package app.attendance.web.session;

/** Dated sessions: a day's list, open and close, ad-hoc sessions outside the timetable. */
package app.attendance.web.session;

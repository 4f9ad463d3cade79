/** Attendance records (session × student), the marking rules, manual changes and listings. */
package app.attendance.api.attendance;

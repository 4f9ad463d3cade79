/** Subjects (code, name, colour): list and edit. */
package app.attendance.web.subject;

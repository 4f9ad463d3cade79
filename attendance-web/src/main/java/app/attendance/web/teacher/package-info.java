/** Teachers: list, edit (with their subjects and optional sign-in), CSV import. */
package app.attendance.web.teacher;

/** Admin pages for sign-ins: list and search, create (linked to a teacher or student), enable/disable, reset password. */
package app.attendance.web.user;

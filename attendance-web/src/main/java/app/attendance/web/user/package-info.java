/**
 * Admin pages for sign-ins: list and search, create and edit (linked to a teacher or student),
 * enable/disable, reset password, delete.
 */
package app.attendance.web.user;

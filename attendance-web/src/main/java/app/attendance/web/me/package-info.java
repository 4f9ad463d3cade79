/** A student's own attendance. */
package app.attendance.web.me;

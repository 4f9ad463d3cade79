/** The start page: today's sessions and their counts. */
package app.attendance.web.dashboard;

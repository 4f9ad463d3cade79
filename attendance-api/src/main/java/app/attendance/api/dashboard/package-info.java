/** The dashboard's data: today's sessions, rates, at-risk count, face-service and device health, activity. */
package app.attendance.api.dashboard;

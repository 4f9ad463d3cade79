/** Attendance reports computed in PostgreSQL, served as JSON and exported as CSV, XLSX or PDF. */
package app.attendance.api.report;

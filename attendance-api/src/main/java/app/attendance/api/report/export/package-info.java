/** Streams a tabular report as CSV, XLSX or PDF without holding its rows in memory. */
package app.attendance.api.report.export;

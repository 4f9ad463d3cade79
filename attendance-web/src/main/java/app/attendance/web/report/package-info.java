/** Report pages: trends, rates, at-risk students, class matrix, session sheet, student history, exports. */
package app.attendance.web.report;

/** CSV import of students and teachers: validated row by row, all rows land or none. */
package app.attendance.api.importing;

/**
 * CSV import of students and teachers, and of a OneRoster 1.1/1.2 export zip (classes, subjects,
 * teachers, students by sourcedId, with a dry run): validated row by row, all rows land or none.
 */
package app.attendance.api.importing;

/** School classes (e.g. "10A1") with a grade and a homeroom teacher: entity, CRUD and REST. */
package app.attendance.api.schoolclass;

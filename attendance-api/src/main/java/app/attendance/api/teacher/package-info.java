/** Teachers, the subjects they teach and their logins: entity, CRUD, import and REST. */
package app.attendance.api.teacher;

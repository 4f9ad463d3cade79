/** Students, their guardians, biometric consent and logins: entity, CRUD, import and REST. */
package app.attendance.api.student;

/** Subjects taught at the school (code, name, colour): entity, CRUD and REST. */
package app.attendance.api.subject;

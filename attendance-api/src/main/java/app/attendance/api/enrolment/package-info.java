/** Face enrolment: students' photos (stored in PostgreSQL only), their faces in face-service, erasure. */
package app.attendance.api.enrolment;

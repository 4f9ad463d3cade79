/** Subjects and their enrolled faces: enrol with quality gates, list and delete. */
package app.attendance.face.enrolment;

/** Students: list with search and class filter, edit, consent, photo enrolment, bulk import. */
package app.attendance.web.student;

/**
 * QR check-in: the teacher's live page shows the session's rotating code as a QR image; a student
 * scans it, confirms on {@code /checkin} and the API marks them.
 */
package app.attendance.web.checkin;

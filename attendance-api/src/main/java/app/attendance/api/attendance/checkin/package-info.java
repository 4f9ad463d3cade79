/**
 * Check-in without a face: the teacher shows a signed QR code that rotates every few seconds, and a
 * signed-in student scans it to mark themselves in their own session. Uses {@code attendance},
 * {@code student}, {@code user}, {@code auth}, {@code system} and {@code audit}; nothing below uses it.
 */
package app.attendance.api.attendance.checkin;

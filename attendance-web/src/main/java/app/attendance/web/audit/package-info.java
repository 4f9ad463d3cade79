/** The audit log (ADMIN): who changed what, when and why, filtered by entity and day. */
package app.attendance.web.audit;

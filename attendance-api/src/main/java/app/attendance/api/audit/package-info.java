/** The audit log: who changed what, when, from what to what and why; admin listing. */
package app.attendance.api.audit;

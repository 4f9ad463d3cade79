/** Logins: users with a role, linked to a teacher or a student; admin management of users. */
package app.attendance.api.user;

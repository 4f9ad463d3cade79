/** E-mail notifications: guardians of absent students, teachers of students at risk. */
package app.attendance.api.notification;

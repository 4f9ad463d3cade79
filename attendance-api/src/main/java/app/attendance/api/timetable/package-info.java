/** The weekly timetable: slots (class, subject, teacher, room, weekday, times), clash checks, REST. */
package app.attendance.api.timetable;

/** The weekly timetable grid per class, teacher or room, and slot editing with clash explanations. */
package app.attendance.web.timetable;

/** Rooms (name, capacity): list and edit. */
package app.attendance.web.room;

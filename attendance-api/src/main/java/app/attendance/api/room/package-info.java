/** Rooms where lessons take place and devices hang: entity, CRUD and REST. */
package app.attendance.api.room;

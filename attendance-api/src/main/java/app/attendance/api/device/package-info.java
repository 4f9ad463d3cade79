/** Camera devices bound to a room or class, their hashed keys and key authentication. */
package app.attendance.api.device;

/** Frames from registered camera devices: the running session of the device's room or class. */
package app.attendance.api.devicefeed;

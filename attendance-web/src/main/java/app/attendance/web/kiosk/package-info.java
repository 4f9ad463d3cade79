/** Kiosk mode: a browser that a device key turns into a camera marking the running session. */
package app.attendance.web.kiosk;

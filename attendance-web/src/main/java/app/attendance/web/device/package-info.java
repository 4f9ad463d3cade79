/** Camera devices: register (key shown once), enable/disable, rotate key, kiosk link. */
package app.attendance.web.device;

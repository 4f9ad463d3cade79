/** Camera devices taking attendance: their frames and status, routed to the running session of their room or class. */
package app.attendance.api.attendance.devicefeed;

/** The live attendance page: webcam frames relayed to the API, overlay, live roster, confirmations. */
package app.attendance.web.live;

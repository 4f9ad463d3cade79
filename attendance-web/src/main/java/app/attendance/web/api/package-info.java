/** The client of attendance-api: tokens in the HTTP session, transparent refresh, error mapping. */
package app.attendance.web.api;

/** The HTTP client of face-service: typed calls, timeouts, a circuit breaker, 503 mapping. */
package app.attendance.api.faceclient;

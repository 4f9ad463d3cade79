/**
 * The HTTP client of face-service: typed calls, timeouts, one or several URLs balanced round robin,
 * a circuit breaker per URL and a recognition bulkhead (Resilience4j), 503 mapping, and the index
 * sequence that gives read-your-writes across face-service replicas.
 */
package app.attendance.api.faceclient;

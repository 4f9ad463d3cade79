/** Cross-cutting web concerns: bearer-token check, in-flight limit, problem details, health and info. */
package app.attendance.face.system;

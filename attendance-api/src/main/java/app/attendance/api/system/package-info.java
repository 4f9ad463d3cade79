/** Cross-cutting infrastructure of the API: database bootstrap, errors, configuration. */
package app.attendance.api.system;

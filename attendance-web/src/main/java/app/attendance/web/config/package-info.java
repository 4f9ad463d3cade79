/** Cross-cutting configuration: security, locale, the API connection. */
package app.attendance.web.config;

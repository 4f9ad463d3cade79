/**
 * HTTP sessions in PostgreSQL (schema {@code web}) when a database is configured, so that every web app
 * replica serves every signed-in browser; in memory otherwise. The API tokens' refreshes take turns there.
 */
package app.attendance.web.websession;

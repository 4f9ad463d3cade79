/** Authentication: login, JWT access tokens, rotating refresh tokens, device keys, rate limits. */
package app.attendance.api.auth;

/** Authentication: password login and single sign-on (OpenID Connect ID tokens checked against the provider's keys), JWT access tokens, rotating refresh tokens, device keys, rate limits. */
package app.attendance.api.auth;

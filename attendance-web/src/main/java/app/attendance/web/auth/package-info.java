/** Form login against attendance-api, the signed-in user, logout. */
package app.attendance.web.auth;

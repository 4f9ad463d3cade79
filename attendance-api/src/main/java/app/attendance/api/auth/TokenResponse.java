package app.attendance.api.auth;

import app.attendance.api.user.UserView;

/** Tokens issued by login or refresh. */
record TokenResponse(String accessToken, String refreshToken, long expiresIn, UserView user) {
}

package app.attendance.web.api;

/** The API refused both the access and the refresh token: the user must sign in again. */
public class ApiSessionExpiredException extends RuntimeException {

    public ApiSessionExpiredException() {
        super("The API session expired");
    }
}

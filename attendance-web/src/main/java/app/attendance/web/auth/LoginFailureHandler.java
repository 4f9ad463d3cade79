package app.attendance.web.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed sign-in back to the form with the reason: wrong password, API down, too many tries. */
public class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = "bad";
        if (exception instanceof AuthenticationServiceException) {
            reason = ApiAuthenticationProvider.RATE_LIMITED.equals(exception.getMessage()) ? "limited" : "unavailable";
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}

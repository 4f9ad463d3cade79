package app.attendance.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After sign-in: back to the check-in page when that is what sent the user to sign in (a student
 * who scanned a QR code before signing in), otherwise the start page. Other saved requests are not
 * followed, so a background fetch that met the login page never becomes the landing page.
 */
class LoginSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

    private final RequestCache requests = new HttpSessionRequestCache();

    LoginSuccessHandler() {
        super("/");
        setAlwaysUseDefaultTargetUrl(true);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        SavedRequest saved = requests.getRequest(request, response);
        if (saved != null && "GET".equals(saved.getMethod())) {
            URI target = URI.create(saved.getRedirectUrl());
            String path = target.getRawPath() == null ? "" : target.getRawPath();
            if (path.equals(request.getContextPath() + "/checkin")) {
                requests.removeRequest(request, response);
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response,
                        path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}

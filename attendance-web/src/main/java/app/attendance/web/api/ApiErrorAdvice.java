package app.attendance.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns API failures that a page did not handle itself into a readable page: the API is down or
 * temporarily unavailable (503, e.g. while its database is away),
 * the sign-in expired (back to the login form), forbidden, not found, or the API's own message.
 */
@ControllerAdvice
public class ApiErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

    @ExceptionHandler(ApiUnavailableException.class)
    ModelAndView unavailable(ApiUnavailableException e, HttpServletResponse response) {
        log.warn("{}", e.getMessage());
        return page(response, 503, "error.api.down", null);
    }

    @ExceptionHandler(ApiSessionExpiredException.class)
    String expired(HttpServletRequest request) {
        return signOut(request);
    }

    @ExceptionHandler(ApiCallException.class)
    Object api(ApiCallException e, HttpServletRequest request, HttpServletResponse response) {
        return switch (e.status()) {
            case 401 -> signOut(request);
            case 403 -> page(response, 403, "error.forbidden", null);
            case 404 -> page(response, 404, "error.notFound", null);
            case 503 -> { // the API is up but cannot serve now (its database is away): no stack trace, no 502
                log.warn("API unavailable: {}", e.getMessage());
                if (e.retryAfter() != null) {
                    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
                }
                yield page(response, 503, "error.api.unavailable", null);
            }
            default -> {
                if (e.status() >= 500) {
                    log.warn("API error {}", e.getMessage());
                }
                yield page(response, e.status() >= 500 ? 502 : e.status(), "error.api.failed",
                        FormErrors.message(e.problem()));
            }
        };
    }

    private static String signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/login?expired";
    }

    private static ModelAndView page(HttpServletResponse response, int status, String messageKey, String detail) {
        ModelAndView mav = new ModelAndView("error/api");
        mav.addObject("messageKey", messageKey);
        mav.addObject("detail", detail);
        mav.addObject("status", status);
        response.setStatus(status);
        return mav;
    }
}

package app.attendance.web.websession;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Runs just outside Spring Session's filter: while PostgreSQL, which holds the sessions, cannot be
 * reached, a request that needs its session answers a short readable 503 page with {@code Retry-After}
 * (as the API's own outage page does) instead of a stack trace from the servlet container.
 */
final class SessionStoreOutage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreOutage.class);
    static final String RETRY_AFTER_SECONDS = "5";

    private final MessageSource messages;
    private final LocaleResolver locales;

    SessionStoreOutage(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!storeUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Session store unavailable: {}", e.getMessage());
            page(request, response);
        }
    }

    private static boolean storeUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException || t instanceof TransactionException) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8"); // only the markup characters; the page is UTF-8
    }

    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = escape(messages.getMessage("error.title", null, locale));
        String app = escape(messages.getMessage("app.name", null, locale));
        String text = escape(messages.getMessage("error.api.unavailable", null, locale));
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " · " + app + "</title></head><body style=\"font-family: sans-serif; "
                + "max-width: 40rem; margin: 4rem auto; padding: 0 1rem\"><h1>" + title + "</h1><p>" + text
                + "</p></body></html>");
    }
}

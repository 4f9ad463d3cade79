package app.attendance.face.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backpressure: at most {@code face.limits.max-in-flight} image requests are processed at once;
 * one more is answered 503 with {@code Retry-After: 1} at once, before its upload is parsed, so
 * a burst costs neither memory nor queueing time.
 */
class InFlightLimitFilter extends OncePerRequestFilter {

    private final Semaphore permits;
    private final int max;
    private final JsonMapper json;

    InFlightLimitFilter(int max, JsonMapper json) {
        this.permits = new Semaphore(max);
        this.max = max;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("POST".equals(method) || "PUT".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!permits.tryAcquire()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            Problems.write(response, json, HttpStatus.SERVICE_UNAVAILABLE, "busy",
                    "The face service is processing " + max + " images already; retry in a second.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}

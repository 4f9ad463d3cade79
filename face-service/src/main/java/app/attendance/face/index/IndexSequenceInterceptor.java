package app.attendance.face.index;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Consistency of reads across replicas. While the index is being built at start, calls that use
 * it answer 503 {@code index-building}. A call with {@code X-Index-Min-Sequence: <seq>} (the
 * {@code X-Index-Sequence} a write answered, on any replica) waits until this replica has
 * applied that change, up to {@code face.index.sync.read-your-writes}, else answers 503
 * {@code index-behind}. The sync is looked up lazily so web-layer test slices still start.
 */
@Component
class IndexSequenceInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    /** Request header: the change sequence the caller must see. */
    public static final String MIN_SEQUENCE = "X-Index-Min-Sequence";
    /** Response header of writes: the highest change sequence of the write. */
    public static final String SEQUENCE = "X-Index-Sequence";

    private final ObjectProvider<IndexSync> sync;

    IndexSequenceInterceptor(ObjectProvider<IndexSync> sync) {
        this.sync = sync;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/v1/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        IndexSync replica = sync.getIfAvailable();
        if (replica == null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean usesIndex = path.startsWith("/v1/subjects") || path.startsWith("/v1/recognize");
        if (usesIndex && replica.building()) {
            throw refusal("index-building", "The face index is being built from the database; try again shortly.");
        }
        String header = request.getHeader(MIN_SEQUENCE);
        if (header == null || header.isBlank()) {
            return true;
        }
        long wanted;
        try {
            wanted = Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, MIN_SEQUENCE
                    + " must be a whole number (the X-Index-Sequence of a write).");
            problem.setProperty("code", "validation");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, e);
        }
        if (replica.building() || !replica.awaitApplied(wanted)) {
            throw refusal("index-behind", "This replica has not yet applied change " + wanted + " (it is at "
                    + replica.applied() + "); try again shortly.");
        }
        return true;
    }

    private static ErrorResponseException refusal(String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(URI.create("urn:attendance:problem:" + code));
        problem.setProperty("code", code);
        ErrorResponseException e = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
        e.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        return e;
    }
}

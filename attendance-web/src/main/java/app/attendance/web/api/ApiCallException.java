package app.attendance.web.api;

import java.time.Duration;

/** attendance-api answered with an error; carries its problem document. */
public class ApiCallException extends RuntimeException {

    private final int status;
    private final transient ApiProblem problem;
    private final Duration retryAfter;

    public ApiCallException(int status, ApiProblem problem, Duration retryAfter) {
        super(status + " " + (problem.detail() != null ? problem.detail() : problem.title()));
        this.status = status;
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public ApiProblem problem() {
        return problem;
    }

    /** The problem's {@code code}, or empty when the API sent none. */
    public String code() {
        return problem.code() == null ? "" : problem.code();
    }

    /** How long the API asked us to wait (503, 429), or {@code null}. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean is(int httpStatus) {
        return status == httpStatus;
    }
}

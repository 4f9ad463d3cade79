package app.attendance.api.system;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure caused by an unreachable database (however Spring, Hibernate, Hikari or
 * the PostgreSQL driver wrapped it) and describes it as 503 {@code database-unavailable} with
 * {@code Retry-After}: the request was fine, the database is away for a moment.
 */
public final class DatabaseOutage {

    /** The problem type of an answer given while the database cannot be reached. */
    public static final URI TYPE = URI.create("urn:attendance:problem:database-unavailable");
    /** Seconds a client is asked to wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 5;
    static final String DETAIL = "The database is not reachable; try again shortly";

    private DatabaseOutage() {
    }

    /** Whether {@code failure} or one of its causes says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof DataAccessResourceFailureException || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && (connectionState(sql.getSQLState()) || closedByPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) or 57P01–57P03 (server shutting down or starting). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /**
     * Hikari's answer (without SQLSTATE) on a connection it already evicted: seen when the server
     * ended the connection mid-request (57P01) and the transaction's rollback then met the closed
     * connection, so the rollback failure replaced the original exception.
     */
    private static boolean closedByPool(SQLException e) {
        return e.getSQLState() == null && "Connection is closed".equals(e.getMessage());
    }

    /** The ProblemDetail of an answer given while the database cannot be reached. */
    public static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
        problem.setType(TYPE);
        problem.setTitle("Database unavailable");
        problem.setProperty("code", "database-unavailable");
        return problem;
    }
}

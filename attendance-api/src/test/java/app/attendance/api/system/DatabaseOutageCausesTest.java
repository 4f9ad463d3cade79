package app.attendance.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failure chains count as "the database is unreachable"; shapes taken from real outages. */
class DatabaseOutageCausesTest {

    @Test
    void aRollbackThatMetAConnectionThePoolHadClosedIsAnOutage() {
        // PostgreSQL stopped mid-request (57P01): Hikari evicted the connection, the rollback failed on it
        // and replaced the original exception.
        var failure = new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
        assertThat(DatabaseOutage.causedBy(failure)).isTrue();
    }

    @Test
    void aServerShutdownOrLostConnectionIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new RuntimeException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("boom"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("some other failure"))).isFalse();
    }
}

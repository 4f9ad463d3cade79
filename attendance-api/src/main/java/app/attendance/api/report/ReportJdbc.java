package app.attendance.api.report;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs report SQL. Streaming queries run in a read-only transaction with a fetch size, which makes
 * the PostgreSQL driver read through a server-side cursor instead of buffering the whole result:
 * an export of a million rows holds only {@code fetchSize} of them at a time.
 */
@Component
class ReportJdbc {

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    ReportJdbc(DataSource dataSource, PlatformTransactionManager transactions, ReportProperties properties) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(properties.fetchSize());
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    <T> List<T> list(String sql, MapSqlParameterSource params, RowMapper<T> mapper) {
        return readOnly.execute(status -> jdbc.query(sql, params, mapper));
    }

    /** Streams rows through a cursor to {@code handler}, one at a time. */
    void stream(String sql, MapSqlParameterSource params, RowCallbackHandler handler) {
        readOnly.executeWithoutResult(status -> jdbc.query(sql, params, handler));
    }
}

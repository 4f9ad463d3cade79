package app.attendance.web.websession;

import app.attendance.web.api.ApiTokens;
import app.attendance.web.api.TokenRefreshTurns;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.core.convert.ConversionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The turns of {@link TokenRefreshTurns} in PostgreSQL: one transaction locks the session's stored
 * {@link ApiTokens} attribute row ({@code select ... for update}), hands the tokens stored there to the
 * refresh, writes what it returns into the same row and commits, which lets the next request of the
 * session, on whichever replica, read the new tokens. One connection per turn; requests of other
 * sessions do not wait.
 */
final class JdbcTokenRefreshTurns implements TokenRefreshTurns {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ConversionService codec;
    private final String select;
    private final String update;

    JdbcTokenRefreshTurns(JdbcClient jdbc, PlatformTransactionManager transactions, ConversionService codec,
            String table) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.codec = codec;
        this.select = "select a.session_primary_id, a.attribute_bytes from " + table + " s join " + table
                + "_attributes a on a.session_primary_id = s.primary_id"
                + " where s.session_id = ? and a.attribute_name = ? for update of a";
        this.update = "update " + table + "_attributes set attribute_bytes = ?"
                + " where session_primary_id = ? and attribute_name = ?";
    }

    @Override
    public ApiTokens take(String sessionId, UnaryOperator<ApiTokens> refresh) {
        if (sessionId == null) {
            return refresh.apply(null);
        }
        return transaction.execute(status -> {
            Optional<Stored> stored = jdbc.sql(select).params(sessionId, ApiTokens.SESSION_KEY)
                    .query((rs, row) -> new Stored(rs.getString(1), rs.getBytes(2))).optional();
            if (stored.isEmpty()) {
                return refresh.apply(null); // not stored yet: no other replica can have these tokens
            }
            ApiTokens current = codec.convert(stored.get().bytes(), Object.class) instanceof ApiTokens tokens
                    ? tokens
                    : null;
            ApiTokens latest = refresh.apply(current);
            if (latest != current) {
                jdbc.sql(update).params(codec.convert(latest, byte[].class), stored.get().primaryId(),
                        ApiTokens.SESSION_KEY).update();
            }
            return latest;
        });
    }

    private record Stored(String primaryId, byte[] bytes) {
    }
}

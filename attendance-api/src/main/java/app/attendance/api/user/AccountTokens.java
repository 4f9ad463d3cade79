package app.attendance.api.user;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends an account's sessions inside the caller's transaction: its access tokens (by moving the
 * token version on) and its refresh tokens (deleted), and drops its cached state.
 */
@Component
public class AccountTokens {

    private final JdbcClient jdbc;
    private final AccountStates states;

    AccountTokens(JdbcClient jdbc, AccountStates states) {
        this.jdbc = jdbc;
        this.states = states;
    }

    /**
     * Revokes every access and refresh token of the account, which this transaction has loaded and
     * may have changed (its version moves on with the entity, so a flush cannot write the old one back).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeAll(UserAccount account) {
        account.nextTokenVersion();
        jdbc.sql("delete from refresh_tokens where user_id = :id").param("id", account.getId()).update();
        states.invalidate(account.getId());
    }

    /**
     * Revokes every access and refresh token of an account that this transaction has not loaded
     * (or not changed): the version moves on in one atomic update.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeAll(long userId) {
        jdbc.sql("update users set token_version = token_version + 1 where id = :id").param("id", userId).update();
        jdbc.sql("delete from refresh_tokens where user_id = :id").param("id", userId).update();
        states.invalidate(userId);
    }

    /** For an account about to be deleted: its tokens die with the row, only the cache needs telling. */
    public void deleted(long userId) {
        states.invalidate(userId);
    }
}

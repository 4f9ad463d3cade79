package app.attendance.web.api;

import java.util.function.UnaryOperator;

/**
 * Where the refreshes of one HTTP session's API tokens take turns when several web app replicas share
 * the session: attendance-api rotates refresh tokens and treats a second use of one as theft (it revokes
 * every token of the account), so two requests of one session, on any replicas, must never refresh with
 * the same refresh token. Without shared sessions there is no such bean and one replica's lock on the
 * session's {@link ApiTokens} is enough.
 */
public interface TokenRefreshTurns {

    /**
     * Runs {@code refresh} while no other request of the session refreshes, giving it the session's tokens
     * as last stored by any replica ({@code null} when the store has none yet), and stores what it
     * returns before the turn passes on.
     */
    ApiTokens take(String sessionId, UnaryOperator<ApiTokens> refresh);
}

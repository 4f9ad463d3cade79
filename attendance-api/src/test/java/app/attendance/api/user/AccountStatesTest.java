package app.attendance.api.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.support.ApiTestBase;
import app.attendance.api.support.TestData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The per-request account state: cached at most {@link AccountStates#TTL}, forgotten at once on invalidation. */
class AccountStatesTest extends ApiTestBase {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aChangeBySqlIsSeenAfterTheTtlAndAnInvalidationAtOnce() {
        AccountStates states = new AccountStates(jdbc, new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
        long id = jdbc.sql("insert into users (username, password_hash, role) values (:u, 'x', 'ADMIN') returning id")
                .param("u", TestData.unique("state")).query(Long.class).single();
        try {
            assertThat(states.current(id)).contains(new AccountState(true, 0));

            jdbc.sql("update users set enabled = false where id = :id").param("id", id).update();
            assertThat(states.current(id)).contains(new AccountState(true, 0)); // cached
            now = now.plus(AccountStates.TTL);
            assertThat(states.current(id)).contains(new AccountState(false, 0));

            jdbc.sql("update users set token_version = 7 where id = :id").param("id", id).update();
            states.invalidate(id);
            assertThat(states.current(id)).contains(new AccountState(false, 7));

            jdbc.sql("delete from users where id = :id").param("id", id).update();
            now = now.plus(Duration.ofMillis(1));
            states.invalidate(id);
            assertThat(states.current(id)).isEqualTo(Optional.empty());
        } finally {
            jdbc.sql("delete from users where id = :id").param("id", id).update();
        }
    }
}

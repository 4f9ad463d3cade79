package app.attendance.api.faceclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Opening after failures, refusing while open, one trial call, closing on success. */
class CircuitBreakerTest {

    private Instant now = Instant.parse("2026-11-24T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void opensAfterThresholdAndRecoversThroughOneTrial() {
        CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(5), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(breaker.tryAcquire()).isZero();
            breaker.onFailure();
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        now = now.plusSeconds(2);
        assertThat(breaker.tryAcquire()).isEqualTo(Duration.ofSeconds(3));

        now = now.plusSeconds(3);
        assertThat(breaker.tryAcquire()).isZero();
        assertThat(breaker.tryAcquire()).isPositive();
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);

        now = now.plusSeconds(5);
        assertThat(breaker.tryAcquire()).isZero();
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.tryAcquire()).isZero();
    }

    @Test
    void aSuccessResetsTheCount() {
        CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(5), clock);
        breaker.onFailure();
        breaker.onSuccess();
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}

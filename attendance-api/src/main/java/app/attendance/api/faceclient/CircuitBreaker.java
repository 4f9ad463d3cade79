package app.attendance.api.faceclient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A small circuit breaker: after {@code failureThreshold} consecutive failures it opens and
 * refuses calls at once for {@code openDuration}; then it lets one trial call through
 * (half-open) and closes on its success or opens again on its failure. So an outage costs
 * callers one timeout per period instead of one per call, and recovery needs nobody.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration openDuration;
    private final Clock clock;

    private State state = State.CLOSED;
    private int failures;
    private Instant openedAt = Instant.MIN;
    private boolean trialInFlight;

    CircuitBreaker(int failureThreshold, Duration openDuration, Clock clock) {
        this.failureThreshold = failureThreshold;
        this.openDuration = openDuration;
        this.clock = clock;
    }

    /**
     * Asks to make a call.
     *
     * @return {@link Duration#ZERO} when the call may go ahead, otherwise how long to wait
     */
    synchronized Duration tryAcquire() {
        if (state == State.OPEN) {
            Duration waited = Duration.between(openedAt, clock.instant());
            if (waited.compareTo(openDuration) < 0) {
                return openDuration.minus(waited);
            }
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        if (state == State.HALF_OPEN) {
            if (trialInFlight) {
                return Duration.ofSeconds(1);
            }
            trialInFlight = true;
        }
        return Duration.ZERO;
    }

    synchronized void onSuccess() {
        state = State.CLOSED;
        failures = 0;
        trialInFlight = false;
    }

    synchronized void onFailure() {
        failures++;
        if (state == State.HALF_OPEN || failures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.instant();
            trialInFlight = false;
        }
    }

    /** A call that was allowed but whose outcome says nothing about face-service's health. */
    synchronized void onNeutral() {
        trialInFlight = false;
    }

    synchronized State state() {
        return state;
    }

    Duration openDuration() {
        return openDuration;
    }
}

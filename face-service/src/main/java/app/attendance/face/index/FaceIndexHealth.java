package app.attendance.face.index;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code faceIndex} health component (part of the readiness group): OUT_OF_SERVICE while
 * the index is being built from PostgreSQL, then UP, with the sequence applied and the faces held.
 */
final class FaceIndexHealth implements HealthIndicator {

    private final IndexSync sync;
    private final LuceneFaceIndex index;

    FaceIndexHealth(IndexSync sync, LuceneFaceIndex index) {
        this.sync = sync;
        this.index = index;
    }

    @Override
    public Health health() {
        Health.Builder builder = sync.building() ? Health.status(Status.OUT_OF_SERVICE) : Health.up();
        builder.withDetail("building", sync.building())
                .withDetail("appliedSequence", sync.applied())
                .withDetail("faces", index.stats().faces());
        if (sync.failure() != null) {
            builder.withDetail("lastFailure", sync.failure());
        }
        return builder.build();
    }
}

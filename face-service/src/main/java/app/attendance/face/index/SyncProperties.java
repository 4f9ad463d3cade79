package app.attendance.face.index;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a replica follows PostgreSQL ({@code face.index.sync.*}).
 *
 * @param pollInterval  the listener also looks for missed changes this often (and after a reconnect)
 * @param readYourWrites how long a request with {@code X-Index-Min-Sequence} waits for that change
 * @param batchSize     rows read and applied per step while building or catching up
 * @param tombstoneRetention a delete stays as a tombstone row this long, then is removed; a replica
 *                      away longer rebuilds its index from the table when it comes back
 * @param compactionInterval how often each replica removes the tombstones older than the retention
 */
@Validated
@ConfigurationProperties("face.index.sync")
record SyncProperties(
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("2s") Duration readYourWrites,
        @DefaultValue("1000") @Min(1) int batchSize,
        @DefaultValue("7d") Duration tombstoneRetention,
        @DefaultValue("1h") Duration compactionInterval) {
}

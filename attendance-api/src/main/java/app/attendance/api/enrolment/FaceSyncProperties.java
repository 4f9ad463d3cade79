package app.attendance.api.enrolment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How face-service is reconciled with the database ({@link FaceSyncReconciler}).
 *
 * @param enabled whether the scheduled passes run (tests switch them off and call a pass directly)
 * @param initialDelay delay of the first pass after start
 * @param interval pause between the end of one pass and the start of the next
 * @param grace how old an intent must be before it is replayed; a younger one means a change may
 *              still be under way, so the student's faces are left alone (longer than the slowest
 *              enrolment call)
 * @param pageSize subjects per page of face-service's listing
 */
@Validated
@ConfigurationProperties("attendance.face-sync")
public record FaceSyncProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30s") Duration initialDelay,
        @DefaultValue("10m") Duration interval,
        @DefaultValue("10m") Duration grace,
        @DefaultValue("500") @Min(1) @Max(1000) int pageSize) {
}

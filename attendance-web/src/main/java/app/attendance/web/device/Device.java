package app.attendance.web.device;

import java.time.Instant;

/** A device as {@code /api/devices} returns it. */
public record Device(Long id, String name, Long roomId, String roomName, Long classId, String className,
        boolean enabled, Instant lastSeenAt) {
}

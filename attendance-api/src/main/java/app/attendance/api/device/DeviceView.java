package app.attendance.api.device;

import java.time.Instant;

/** A device on the wire (never its key). */
public record DeviceView(long id, String name, Long roomId, String roomName, Long classId, String className,
        boolean enabled, Instant lastSeenAt) {

    public static DeviceView of(Device d) {
        return new DeviceView(d.getId(), d.getName(), d.getRoom() == null ? null : d.getRoom().getId(),
                d.getRoom() == null ? null : d.getRoom().getName(),
                d.getSchoolClass() == null ? null : d.getSchoolClass().getId(),
                d.getSchoolClass() == null ? null : d.getSchoolClass().getName(), d.isEnabled(), d.getLastSeenAt());
    }
}

package app.attendance.api.device;

/** A device authenticated by its key: what its requests may act on. */
public record DevicePrincipal(long deviceId, String name, Long roomId, Long classId) {

    /** The principal name used in audit entries, e.g. {@code device:3}. */
    public String actor() {
        return "device:" + deviceId;
    }
}

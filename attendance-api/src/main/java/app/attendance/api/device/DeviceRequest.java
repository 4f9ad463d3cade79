package app.attendance.api.device;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Create or update a device; it must be bound to a room or a class (or both). */
record DeviceRequest(@NotBlank @Size(max = 80) String name, Long roomId, Long classId, Boolean enabled) {
}

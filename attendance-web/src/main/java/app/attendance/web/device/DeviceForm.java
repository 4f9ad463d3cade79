package app.attendance.web.device;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The device form, also the body of POST/PUT {@code /api/devices}. A device is bound to a room or a class. */
record DeviceForm(@NotBlank @Size(max = 80) String name, Long roomId, Long classId, Boolean enabled) {

    DeviceForm {
        enabled = enabled == null || enabled;
    }

    static DeviceForm of(Device d) {
        return new DeviceForm(d.name(), d.roomId(), d.classId(), d.enabled());
    }

    DeviceForm withEnabled(boolean on) {
        return new DeviceForm(name, roomId, classId, on);
    }
}

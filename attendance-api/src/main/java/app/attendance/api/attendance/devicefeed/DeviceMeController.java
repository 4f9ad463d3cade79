package app.attendance.api.attendance.devicefeed;

import app.attendance.api.attendance.RunningSessions;
import app.attendance.api.attendance.SessionView;
import app.attendance.api.device.Device;
import app.attendance.api.device.DevicePrincipal;
import app.attendance.api.device.DeviceRepository;
import app.attendance.api.device.DeviceView;
import app.attendance.api.system.ApiException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/devices/me} (device key): the device and the session running where it hangs. */
@RestController
class DeviceMeController {

    /** The answer: the device and its current session (null when none is running). */
    record DeviceStatus(DeviceView device, SessionView session) {
    }

    private final DeviceRepository devices;
    private final RunningSessions running;

    DeviceMeController(DeviceRepository devices, RunningSessions running) {
        this.devices = devices;
        this.running = running;
    }

    @GetMapping("/api/devices/me")
    @Transactional(readOnly = true)
    public DeviceStatus me(@AuthenticationPrincipal DevicePrincipal principal) {
        Device d = devices.findById(principal.deviceId())
                .orElseThrow(() -> ApiException.notFound("device", principal.deviceId()));
        return new DeviceStatus(DeviceView.of(d), running.current(principal.roomId(), principal.classId()).orElse(
                null));
    }
}

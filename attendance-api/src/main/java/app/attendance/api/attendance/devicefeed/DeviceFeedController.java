package app.attendance.api.attendance.devicefeed;

import app.attendance.api.attendance.Source;
import app.attendance.api.device.DevicePrincipal;
import app.attendance.api.attendance.recognition.CallerShares;
import app.attendance.api.attendance.recognition.FrameResult;
import app.attendance.api.attendance.recognition.FrameService;
import app.attendance.api.system.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The frame endpoint for camera devices (authenticated by {@code X-Device-Key}): a frame marks the session
 * running now in the device's room or class, with the same rules as the teacher's camera and
 * source DEVICE. ({@code GET /api/devices/me} lives with the devices.)
 */
@RestController
@RequestMapping("/api/devices")
class DeviceFeedController {

    private final DeviceSessions sessions;
    private final FrameService frames;

    DeviceFeedController(DeviceSessions sessions, FrameService frames) {
        this.sessions = sessions;
        this.frames = frames;
    }

    @PostMapping(value = "/frames", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    FrameResult frame(@RequestPart(value = "image", required = false) MultipartFile image) {
        DevicePrincipal device = device();
        byte[] jpeg = bytes(image);
        DeviceSessions.Running running = sessions.openForFrames(device).orElseThrow(() -> new ApiException(
                HttpStatus.NOT_FOUND, "not-found", "No session is running now for this device"));
        return frames.process(new FrameService.SessionRef(running.id(), running.classId(), running.teacherId(),
                running.status()), jpeg, Source.DEVICE, CallerShares.device(device.deviceId()));
    }

    private static DevicePrincipal device() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof DevicePrincipal device) {
            return device;
        }
        throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated", "A device key is required");
    }

    private static byte[] bytes(MultipartFile image) {
        if (image == null || image.isEmpty()) {
            throw ApiException.invalid("image", "a JPEG frame is required");
        }
        try {
            return image.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

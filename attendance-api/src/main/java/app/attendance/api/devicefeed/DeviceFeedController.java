package app.attendance.api.devicefeed;

import app.attendance.api.attendance.Source;
import app.attendance.api.device.DevicePrincipal;
import app.attendance.api.recognition.FrameResult;
import app.attendance.api.recognition.FrameService;
import app.attendance.api.system.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Endpoints for camera devices (authenticated by {@code X-Device-Key}): a frame marks the session
 * running now in the device's room or class, with the same rules as the teacher's camera and
 * source DEVICE; {@code /me} tells the device who it is and what is running.
 */
@RestController
@RequestMapping("/api/devices")
class DeviceFeedController {

    private final RunningSessions sessions;
    private final FrameService frames;
    private final JdbcClient jdbc;

    DeviceFeedController(RunningSessions sessions, FrameService frames, JdbcClient jdbc) {
        this.sessions = sessions;
        this.frames = frames;
        this.jdbc = jdbc;
    }

    /** The device and the session running for it now (null when none). */
    record Me(DeviceView device, SessionView session) {
    }

    /** The device as it sees itself. */
    record DeviceView(long id, String name, Long roomId, String roomName, Long classId, String className,
                      boolean enabled, Instant lastSeenAt) {
    }

    /** The running session, briefly. */
    record SessionView(long id, long classId, String className, String subjectName, String teacherName,
                       String roomName, LocalDate date, LocalTime startTime, LocalTime endTime, String status) {
    }

    @PostMapping(value = "/frames", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    FrameResult frame(@RequestPart(value = "image", required = false) MultipartFile image) {
        DevicePrincipal device = device();
        byte[] jpeg = bytes(image);
        RunningSessions.Running running = sessions.openForFrames(device).orElseThrow(() -> new ApiException(
                HttpStatus.NOT_FOUND, "not-found", "No session is running now for this device"));
        return frames.process(new FrameService.SessionRef(running.id(), running.classId(), running.teacherId(),
                running.status()), jpeg, Source.DEVICE);
    }

    @GetMapping("/me")
    Me me() {
        DevicePrincipal device = device();
        DeviceView view = jdbc.sql("""
                select d.id, d.name, d.room_id, r.name, d.class_id, c.name, d.enabled, d.last_seen_at
                from devices d left join rooms r on r.id = d.room_id left join classes c on c.id = d.class_id
                where d.id = :id""")
                .param("id", device.deviceId())
                .query((rs, n) -> new DeviceView(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        rs.getString(4), rs.getObject(5, Long.class), rs.getString(6), rs.getBoolean(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .single();
        SessionView session = sessions.find(device).map(r -> jdbc.sql("""
                select s.id, s.class_id, c.name, sub.name, t.full_name, rm.name, s.session_date, s.start_time,
                       s.end_time, s.status
                from sessions s join classes c on c.id = s.class_id join subjects sub on sub.id = s.subject_id
                join teachers t on t.id = s.teacher_id left join rooms rm on rm.id = s.room_id
                where s.id = :id""")
                .param("id", r.id())
                .query((rs, n) -> new SessionView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalTime.class), rs.getObject(9, LocalTime.class), rs.getString(10)))
                .single()).orElse(null);
        return new Me(view, session);
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

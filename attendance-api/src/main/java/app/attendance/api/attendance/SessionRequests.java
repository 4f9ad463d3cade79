package app.attendance.api.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** Request bodies of {@code /api/sessions}. */
final class SessionRequests {

    private SessionRequests() {
    }

    /** {@code POST /api/sessions}: an ad-hoc session. */
    record AdHoc(@NotNull Long classId, @NotNull Long subjectId, @NotNull Long teacherId, Long roomId,
            @NotNull LocalDate date, @NotNull LocalTime startTime, @NotNull LocalTime endTime) {
    }

    /** {@code POST /api/sessions/generate}. */
    record Generate(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    /** {@code PUT /api/sessions/{id}/attendance/{studentId}}: a manual status with an optional note. */
    record Mark(@NotNull app.attendance.api.attendance.AttendanceStatus status, @Size(max = 500) String note) {
    }
}

package app.attendance.api.attendance.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/me/checkin}: the code read from the QR image. */
public record CheckinRequest(@NotBlank @Size(max = 200) String code) {
}

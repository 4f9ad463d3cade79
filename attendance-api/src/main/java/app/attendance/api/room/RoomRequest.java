package app.attendance.api.room;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Create or update a room. */
record RoomRequest(@NotBlank @Size(max = 80) String name, @Min(0) @Max(10000) Integer capacity) {
}

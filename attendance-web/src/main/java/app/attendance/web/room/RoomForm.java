package app.attendance.web.room;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The room form, also the body of POST/PUT {@code /api/rooms}. */
record RoomForm(@NotBlank @Size(max = 80) String name, @Min(0) @Max(10000) Integer capacity) {

    static RoomForm of(Room r) {
        return new RoomForm(r.name(), r.capacity());
    }
}

package app.attendance.api.schoolclass;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create or update a class. */
record ClassRequest(@NotBlank @Size(max = 40) String name, @NotNull @Min(1) @Max(13) Integer grade,
        Long homeroomTeacherId) {
}

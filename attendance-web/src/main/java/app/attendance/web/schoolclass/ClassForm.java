package app.attendance.web.schoolclass;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The class form, also the body of POST/PUT {@code /api/classes}. */
record ClassForm(@NotBlank @Size(max = 40) String name, @NotNull @Min(1) @Max(13) Integer grade,
        Long homeroomTeacherId) {

    static ClassForm of(SchoolClass c) {
        return new ClassForm(c.name(), c.grade(), c.homeroomTeacherId());
    }
}

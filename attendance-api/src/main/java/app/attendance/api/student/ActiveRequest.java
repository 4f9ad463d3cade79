package app.attendance.api.student;

import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/students/{id}/active}: false takes the student off rosters and recognition. */
record ActiveRequest(@NotNull Boolean active) {
}

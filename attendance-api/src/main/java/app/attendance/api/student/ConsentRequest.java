package app.attendance.api.student;

import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/students/{id}/consent}. */
record ConsentRequest(@NotNull Boolean given) {
}

package app.attendance.web.api;

import java.util.List;

/**
 * An RFC 9457 problem as attendance-api writes it (docs/api.md, "Errors").
 *
 * @param status  HTTP status
 * @param title   short title
 * @param detail  human readable explanation
 * @param code    machine readable code: {@code validation}, {@code conflict}, {@code timetable-clash}…
 * @param field   the duplicate field of a {@code conflict}
 * @param errors  field errors of a {@code validation} problem
 * @param clashes clashing slots of a {@code timetable-clash}
 * @param rows    per-line errors of an import
 */
public record ApiProblem(
        int status,
        String title,
        String detail,
        String code,
        String field,
        List<FieldError> errors,
        List<Clash> clashes,
        List<RowError> rows) {

    public ApiProblem {
        errors = errors == null ? List.of() : errors;
        clashes = clashes == null ? List.of() : clashes;
        rows = rows == null ? List.of() : rows;
    }

    /** One invalid field. */
    public record FieldError(String field, String message) {
    }

    /** One slot a timetable change collides with. */
    public record Clash(Long slotId, String kind, String description) {
    }

    /** One invalid line of an import file ({@code file} names it in a multi-file import). */
    public record RowError(int line, List<String> errors, String file) {
    }
}

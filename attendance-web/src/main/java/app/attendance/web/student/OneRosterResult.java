package app.attendance.web.student;

import java.util.List;

/**
 * The answer of {@code POST /api/import/oneroster}: what changed (or would change, on a dry run)
 * per kind, and what the export holds that could not be mapped.
 */
public record OneRosterResult(boolean dryRun, Counts classes, Counts subjects, Counts teachers, Counts students,
        Counts assignments, List<Unmapped> unmapped) {

    public OneRosterResult {
        unmapped = unmapped == null ? List.of() : unmapped;
    }

    /** The kinds in display order, each with its message key. */
    public List<Kind> kinds() {
        return List.of(new Kind("classes", classes), new Kind("subjects", subjects), new Kind("teachers", teachers),
                new Kind("students", students), new Kind("assignments", assignments));
    }

    /** One row of the result table. */
    public record Kind(String key, Counts counts) {
    }

    /** Changes of one kind. */
    public record Counts(int created, int updated, int unchanged, int deactivated) {
    }

    /** An item of the export that was not imported, and why. */
    public record Unmapped(String file, String sourcedId, String name, String reason) {
    }
}

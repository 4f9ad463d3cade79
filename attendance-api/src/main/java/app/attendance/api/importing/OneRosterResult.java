package app.attendance.api.importing;

import java.util.List;

/**
 * What a OneRoster import changed (or, for a dry run, would change).
 *
 * @param dryRun      true when nothing was written
 * @param classes     homeroom classes
 * @param subjects    subjects, from the courses of scheduled classes
 * @param teachers    teachers
 * @param students    students; {@code deactivated} left the roster
 * @param assignments teacher–subject links, from the teachers of scheduled classes
 * @param unmapped    what the export holds but could not be mapped, with the reason
 */
record OneRosterResult(boolean dryRun, Counts classes, Counts subjects, Counts teachers, Counts students,
        Counts assignments, List<Unmapped> unmapped) {

    /** Changes of one kind. */
    record Counts(int created, int updated, int unchanged, int deactivated) {
    }

    /** An item of the export that was not imported. */
    record Unmapped(String file, String sourcedId, String name, String reason) {
    }
}

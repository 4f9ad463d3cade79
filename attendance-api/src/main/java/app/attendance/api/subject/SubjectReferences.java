package app.attendance.api.subject;

/**
 * A feature whose rows refer to subjects (the subjects teachers teach, timetable slots, sessions): a subject in
 * use is not deleted. Each table stays with the feature that owns it.
 */
public interface SubjectReferences {

    /** How many of this feature's rows refer to the subject. */
    long subjectUses(long subjectId);
}

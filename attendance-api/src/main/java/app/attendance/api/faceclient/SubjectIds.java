package app.attendance.api.faceclient;

/** The opaque subject ids attendance-api gives face-service: {@code student-<id>}. */
public final class SubjectIds {

    private static final String PREFIX = "student-";

    private SubjectIds() {
    }

    public static String ofStudent(long studentId) {
        return PREFIX + studentId;
    }

    /** The student id of a subject id, or null when it is not one of ours. */
    public static Long studentOf(String subjectId) {
        if (subjectId == null || !subjectId.startsWith(PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(subjectId.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

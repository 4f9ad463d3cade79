package app.attendance.face.index;

/**
 * A search hit aggregated to the subject level: the subject, its similarity to the query
 * (cosine, in [-1, 1]) and the id of the subject's face that decided it.
 */
public record SubjectMatch(String subjectId, float similarity, String faceId) {
}

package app.attendance.face.index;

/**
 * A search hit aggregated to the subject level: the subject, its similarity to the query
 * (cosine with the subject's centroid, in [-1, 1]) and the id of the subject's enrolled face
 * closest to the query.
 */
public record SubjectMatch(String subjectId, float similarity, String faceId) {
}

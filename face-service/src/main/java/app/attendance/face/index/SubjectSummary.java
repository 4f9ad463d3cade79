package app.attendance.face.index;

/** A subject of the index and how many faces it holds (of every model). */
public record SubjectSummary(String subjectId, int faces) {
}

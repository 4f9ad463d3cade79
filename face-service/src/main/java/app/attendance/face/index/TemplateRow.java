package app.attendance.face.index;

/** One row of {@code face.templates} as replicas follow it: the face's latest state at {@code seq}. */
record TemplateRow(long seq, FaceVector face, boolean deleted) {
}

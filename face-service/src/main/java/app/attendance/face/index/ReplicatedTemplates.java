package app.attendance.face.index;

import java.util.List;

/**
 * {@link FaceTemplates} on PostgreSQL: validates, commits (the acknowledgement), then brings this
 * replica's index up to the write's sequence before returning.
 */
final class ReplicatedTemplates implements FaceTemplates {

    private final TemplateTable table;
    private final IndexSync sync;

    ReplicatedTemplates(TemplateTable table, IndexSync sync) {
        this.table = table;
        this.sync = sync;
    }

    @Override
    public Written add(List<NewTemplate> faces) {
        if (faces.isEmpty()) {
            return new Written(0, 0);
        }
        IndexUpdate.groups(faces.stream().map(NewTemplate::face).toList()); // refuses bad vectors, repeated ids
        return applied(table.add(faces));
    }

    @Override
    public Written deleteSubject(String subjectId) {
        return applied(table.deleteSubject(subjectId));
    }

    @Override
    public Written deleteFace(String subjectId, String faceId) {
        return applied(table.deleteFace(subjectId, faceId));
    }

    private Written applied(Written written) {
        if (written.changed()) {
            sync.awaitApplied(written.sequence());
        }
        return written;
    }
}

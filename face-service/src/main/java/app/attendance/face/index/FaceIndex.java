package app.attendance.face.index;

import java.util.List;
import java.util.Set;

/**
 * The gallery of enrolled faces as this replica searches it. Every write is searchable when the
 * method returns, and committed to the local folder in batches (or on close); a search never sees
 * half of a write. Searches only compare embeddings of one model id. The service writes through
 * {@link FaceTemplates} (PostgreSQL, the source of truth), whose changes {@code IndexSync} applies
 * here; the write methods below are that cache's, and tests'.
 */
public interface FaceIndex {

    /** Adds the faces atomically (all or none). */
    void add(List<FaceVector> faces);

    /** Removes every face of the subject; returns how many were removed. */
    int deleteSubject(String subjectId);

    /** Removes one face of a subject; false when the subject has no such face. */
    boolean deleteFace(String subjectId, String faceId);

    /**
     * A keyset page of the subjects holding at least one face, ordered by subject id (as UTF-8
     * bytes): at most {@code limit} of those whose id sorts after {@code after} (null = from the
     * first).
     */
    List<SubjectSummary> subjects(String after, int limit);

    /** The faces of one subject (empty when unknown), oldest first. */
    List<FaceVector> faces(String subjectId);

    /**
     * The {@code k} most similar subjects to the query, best first, comparing only faces of
     * {@code modelId}. {@code candidates} limits the search to those subject ids; null means all.
     * A subject's similarity is the cosine between the query and the normalised mean of the
     * subject's faces of that model (averaging photos measured more accurate than the best
     * single photo; see INDEX.md).
     */
    List<SubjectMatch> search(String modelId, float[] query, int k, Set<String> candidates);

    /** Removes every face of the model id (used before re-enrolling under a new model). */
    long deleteModel(String modelId);

    IndexStats stats();
}

package app.attendance.face.index;

import java.util.List;

/**
 * The writes on enrolled faces. Each is committed in PostgreSQL (the source of truth) before the
 * method returns, announced to every replica, and applied to this replica's index before it
 * returns, so this replica reads its own writes at once; other replicas read them once they have
 * applied {@link Written#sequence()} (callers ask for that with {@code X-Index-Min-Sequence}).
 */
public interface FaceTemplates {

    /** Stores the faces atomically (all or none); a face re-sent with the same id replaces it. */
    Written add(List<NewTemplate> faces);

    /** Deletes every face of the subject. */
    Written deleteSubject(String subjectId);

    /** Deletes one face of a subject; {@code count} 0 when the subject has no such face. */
    Written deleteFace(String subjectId, String faceId);

    /**
     * A face to store and how usable it was.
     *
     * @param face      the embedding with its ids
     * @param faceSize  height of the detected face, pixels (null when unknown)
     * @param sharpness variance of the Laplacian of the aligned crop (null when unknown)
     * @param yaw       estimated head turn, degrees (null when unknown)
     */
    record NewTemplate(FaceVector face, Integer faceSize, Float sharpness, Float yaw) {
    }

    /**
     * The outcome of a write.
     *
     * @param sequence the highest change sequence of the write; 0 when nothing changed
     * @param count    faces stored or deleted
     */
    record Written(long sequence, int count) {

        /** True when the write changed something. */
        public boolean changed() {
            return count > 0;
        }
    }
}

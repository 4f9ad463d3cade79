package app.attendance.api.faceclient;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The face-service index sequences acknowledged to the API (response header
 * {@code X-Index-Sequence} of an enrolment or deletion), per subject. A recognition requires
 * ({@code X-Index-Min-Sequence}) the highest one among the subjects it searches (its roster), so a
 * search on any face-service replica sees every acknowledged change to them, and a burst of
 * enrolments elsewhere does not hold it up. {@link StoredIndexSequence} shares them between API
 * replicas.
 */
public interface IndexSequence {

    /** face-service acknowledged a change to {@code subjectId} with this sequence. */
    void acknowledged(String subjectId, long sequence);

    /** The sequence a search among {@code subjects} must have applied; empty when none was acknowledged. */
    OptionalLong required(Collection<String> subjects);

    /** Sequences kept in this process only (for a client without a database). */
    static IndexSequence inProcess() {
        Map<String, Long> bySubject = new ConcurrentHashMap<>();
        return new IndexSequence() {
            @Override
            public void acknowledged(String subjectId, long sequence) {
                bySubject.merge(subjectId, sequence, Math::max);
            }

            @Override
            public OptionalLong required(Collection<String> subjects) {
                return subjects.stream().map(bySubject::get).filter(s -> s != null && s > 0)
                        .mapToLong(Long::longValue).max();
            }
        };
    }
}

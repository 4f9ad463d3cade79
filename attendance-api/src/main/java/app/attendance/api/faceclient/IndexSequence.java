package app.attendance.api.faceclient;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The highest face-service index sequence acknowledged to the API (response header
 * {@code X-Index-Sequence} of an enrolment or deletion), which recognitions then require
 * ({@code X-Index-Min-Sequence}) so that a search on any face-service replica sees every
 * acknowledged change. {@link StoredIndexSequence} shares it between API replicas.
 */
public interface IndexSequence {

    /** face-service acknowledged a change with this sequence. */
    void acknowledged(long sequence);

    /** The sequence a search must have applied; empty when face-service never sent one. */
    OptionalLong required();

    /** A sequence kept in this process only (for a client without a database). */
    static IndexSequence inProcess() {
        AtomicLong highest = new AtomicLong();
        return new IndexSequence() {
            @Override
            public void acknowledged(long sequence) {
                highest.accumulateAndGet(sequence, Math::max);
            }

            @Override
            public OptionalLong required() {
                long s = highest.get();
                return s > 0 ? OptionalLong.of(s) : OptionalLong.empty();
            }
        };
    }
}

-- The face-service index sequence of the last acknowledged change per subject (enrolment or
-- erasure). A recognition requires only the highest one among its roster, so a burst of
-- enrolments elsewhere does not make every classroom wait for replicas to apply them.
CREATE TABLE face_index_writes (
    subject_id  VARCHAR(64) PRIMARY KEY,
    sequence    BIGINT      NOT NULL
);
-- Replaced by face_index_writes: one sequence for all subjects.
DROP TABLE face_index_sequence;

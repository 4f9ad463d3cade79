-- Per-session attendance counts, kept exact by statement-level triggers on attendance_records
-- (one upsert per statement and session, however many records a statement touches, e.g. a
-- session close marking 35 students ABSENT). Summaries and rates per class, subject and teacher
-- aggregate these ~30 k rows per term instead of ~1 M records.

CREATE TABLE session_counts (
    session_id  BIGINT  PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    present     INTEGER NOT NULL DEFAULT 0,
    late        INTEGER NOT NULL DEFAULT 0,
    absent      INTEGER NOT NULL DEFAULT 0,
    excused     INTEGER NOT NULL DEFAULT 0
);

CREATE FUNCTION session_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE session_counts c
        SET present = c.present - d.present, late = c.late - d.late,
            absent = c.absent - d.absent, excused = c.excused - d.excused
        FROM (SELECT session_id,
                     count(*) FILTER (WHERE status = 'PRESENT') AS present,
                     count(*) FILTER (WHERE status = 'LATE') AS late,
                     count(*) FILTER (WHERE status = 'ABSENT') AS absent,
                     count(*) FILTER (WHERE status = 'EXCUSED') AS excused
              FROM old_rows GROUP BY session_id) d
        WHERE c.session_id = d.session_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO session_counts AS c (session_id, present, late, absent, excused)
        SELECT session_id,
               count(*) FILTER (WHERE status = 'PRESENT'),
               count(*) FILTER (WHERE status = 'LATE'),
               count(*) FILTER (WHERE status = 'ABSENT'),
               count(*) FILTER (WHERE status = 'EXCUSED')
        FROM new_rows GROUP BY session_id
        ON CONFLICT (session_id) DO UPDATE
        SET present = c.present + excluded.present, late = c.late + excluded.late,
            absent = c.absent + excluded.absent, excused = c.excused + excluded.excused;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER tg_session_counts_insert AFTER INSERT ON attendance_records
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION session_counts_apply();
CREATE TRIGGER tg_session_counts_update AFTER UPDATE ON attendance_records
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION session_counts_apply();
CREATE TRIGGER tg_session_counts_delete AFTER DELETE ON attendance_records
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION session_counts_apply();

INSERT INTO session_counts (session_id, present, late, absent, excused)
SELECT session_id,
       count(*) FILTER (WHERE status = 'PRESENT'), count(*) FILTER (WHERE status = 'LATE'),
       count(*) FILTER (WHERE status = 'ABSENT'), count(*) FILTER (WHERE status = 'EXCUSED')
FROM attendance_records GROUP BY session_id;

-- Reports filter sessions by subject and date; per-student rates read records by session with
-- their student and status (index-only).
CREATE INDEX ix_sessions_subject_date ON sessions (subject_id, session_date);
CREATE INDEX ix_attendance_session_student_status ON attendance_records (session_id) INCLUDE (student_id, status);

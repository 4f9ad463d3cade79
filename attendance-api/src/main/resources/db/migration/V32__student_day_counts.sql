-- Per student, class and day attendance counts, kept exact by triggers: statement-level on
-- attendance_records (transition tables joined to their sessions), row-level on sessions for a
-- deleted session (subtracted before its records cascade away) and a session moved to another day
-- or class. Per-student rates and the at-risk list over the whole school read these (~6 x fewer
-- rows than the records: a student has ~6 lessons a day).

CREATE TABLE student_day_counts (
    session_date  DATE    NOT NULL,
    class_id      BIGINT  NOT NULL,
    student_id    BIGINT  NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    present       INTEGER NOT NULL DEFAULT 0,
    late          INTEGER NOT NULL DEFAULT 0,
    absent        INTEGER NOT NULL DEFAULT 0,
    excused       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_date, class_id, student_id)
);

CREATE FUNCTION student_day_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE student_day_counts c
        SET present = c.present - d.present, late = c.late - d.late,
            absent = c.absent - d.absent, excused = c.excused - d.excused
        FROM (SELECT s.session_date, s.class_id, o.student_id,
                     count(*) FILTER (WHERE o.status = 'PRESENT') AS present,
                     count(*) FILTER (WHERE o.status = 'LATE') AS late,
                     count(*) FILTER (WHERE o.status = 'ABSENT') AS absent,
                     count(*) FILTER (WHERE o.status = 'EXCUSED') AS excused
              FROM old_rows o JOIN sessions s ON s.id = o.session_id
              GROUP BY 1, 2, 3) d
        WHERE c.session_date = d.session_date AND c.class_id = d.class_id AND c.student_id = d.student_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO student_day_counts AS c (session_date, class_id, student_id, present, late, absent, excused)
        SELECT s.session_date, s.class_id, n.student_id,
               count(*) FILTER (WHERE n.status = 'PRESENT'), count(*) FILTER (WHERE n.status = 'LATE'),
               count(*) FILTER (WHERE n.status = 'ABSENT'), count(*) FILTER (WHERE n.status = 'EXCUSED')
        FROM new_rows n JOIN sessions s ON s.id = n.session_id
        GROUP BY 1, 2, 3
        ON CONFLICT (session_date, class_id, student_id) DO UPDATE
        SET present = c.present + excluded.present, late = c.late + excluded.late,
            absent = c.absent + excluded.absent, excused = c.excused + excluded.excused;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER tg_student_day_counts_insert AFTER INSERT ON attendance_records
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION student_day_counts_apply();
CREATE TRIGGER tg_student_day_counts_update AFTER UPDATE ON attendance_records
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION student_day_counts_apply();
CREATE TRIGGER tg_student_day_counts_delete AFTER DELETE ON attendance_records
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION student_day_counts_apply();

-- A session deleted (its records then cascade; their trigger no longer finds the session) or moved.
CREATE FUNCTION student_day_counts_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE student_day_counts c
    SET present = c.present - d.present, late = c.late - d.late,
        absent = c.absent - d.absent, excused = c.excused - d.excused
    FROM (SELECT student_id,
                 count(*) FILTER (WHERE status = 'PRESENT') AS present,
                 count(*) FILTER (WHERE status = 'LATE') AS late,
                 count(*) FILTER (WHERE status = 'ABSENT') AS absent,
                 count(*) FILTER (WHERE status = 'EXCUSED') AS excused
          FROM attendance_records WHERE session_id = OLD.id GROUP BY student_id) d
    WHERE c.session_date = OLD.session_date AND c.class_id = OLD.class_id AND c.student_id = d.student_id;
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO student_day_counts AS c (session_date, class_id, student_id, present, late, absent, excused)
        SELECT NEW.session_date, NEW.class_id, student_id,
               count(*) FILTER (WHERE status = 'PRESENT'), count(*) FILTER (WHERE status = 'LATE'),
               count(*) FILTER (WHERE status = 'ABSENT'), count(*) FILTER (WHERE status = 'EXCUSED')
        FROM attendance_records WHERE session_id = NEW.id GROUP BY student_id
        ON CONFLICT (session_date, class_id, student_id) DO UPDATE
        SET present = c.present + excluded.present, late = c.late + excluded.late,
            absent = c.absent + excluded.absent, excused = c.excused + excluded.excused;
        RETURN NEW;
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER tg_student_day_counts_session_delete BEFORE DELETE ON sessions
    FOR EACH ROW EXECUTE FUNCTION student_day_counts_session_change();
CREATE TRIGGER tg_student_day_counts_session_move AFTER UPDATE OF session_date, class_id ON sessions
    FOR EACH ROW WHEN (OLD.session_date IS DISTINCT FROM NEW.session_date OR OLD.class_id IS DISTINCT FROM NEW.class_id)
    EXECUTE FUNCTION student_day_counts_session_change();

INSERT INTO student_day_counts (session_date, class_id, student_id, present, late, absent, excused)
SELECT s.session_date, s.class_id, ar.student_id,
       count(*) FILTER (WHERE ar.status = 'PRESENT'), count(*) FILTER (WHERE ar.status = 'LATE'),
       count(*) FILTER (WHERE ar.status = 'ABSENT'), count(*) FILTER (WHERE ar.status = 'EXCUSED')
FROM attendance_records ar JOIN sessions s ON s.id = ar.session_id
GROUP BY 1, 2, 3;

-- OneRoster import: the SIS's sourcedId of each imported row, and students who left the roster.
-- A student removed from the SIS is deactivated, not deleted, so their attendance history stays.

ALTER TABLE classes ADD COLUMN source_id VARCHAR(255);
ALTER TABLE classes ADD CONSTRAINT uk_classes_source_id UNIQUE (source_id);

ALTER TABLE subjects ADD COLUMN source_id VARCHAR(255);
ALTER TABLE subjects ADD CONSTRAINT uk_subjects_source_id UNIQUE (source_id);

ALTER TABLE teachers ADD COLUMN source_id VARCHAR(255);
ALTER TABLE teachers ADD CONSTRAINT uk_teachers_source_id UNIQUE (source_id);

ALTER TABLE students ADD COLUMN source_id VARCHAR(255);
ALTER TABLE students ADD CONSTRAINT uk_students_source_id UNIQUE (source_id);
ALTER TABLE students ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;

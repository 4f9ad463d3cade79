-- Substring search (q=...) on students and teachers with trigram indexes, so that
-- "lower(full_name) like '%an ng%'" uses an index instead of scanning every row.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX ix_students_name_trgm ON students USING gin (lower(full_name) gin_trgm_ops);
CREATE INDEX ix_students_code_trgm ON students USING gin (lower(student_code) gin_trgm_ops);
CREATE INDEX ix_teachers_name_trgm ON teachers USING gin (lower(full_name) gin_trgm_ops);

-- Why a face waits for the teacher (possible photo, low similarity, ambiguous, no liveness check).
alter table pending_matches add column reason varchar(32);

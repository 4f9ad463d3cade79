-- Tombstones are removed once older than a retention (face.index.sync.tombstone-retention).
-- deleted_at: when the row became a tombstone (NULL for a live face); existing tombstones count from now.
ALTER TABLE templates ADD COLUMN deleted_at timestamptz;
UPDATE templates SET deleted_at = now() WHERE deleted;
CREATE INDEX templates_tombstones ON templates (deleted_at) WHERE deleted;

-- The highest seq of any tombstone removed so far. A replica whose index has applied less than this
-- may have missed a delete that no longer exists as a row: it rebuilds its index from the table.
ALTER TABLE store ADD COLUMN compacted_seq bigint NOT NULL DEFAULT 0;

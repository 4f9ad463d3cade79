-- Each sighting keeps the similarity of its frame, so a student is marked on the evidence of all
-- the frames that saw them (their weighted mean), not on whichever frame happens to decide.
-- Sightings stored before this have none; they count by weight only.
ALTER TABLE face_sightings ADD COLUMN similarity DOUBLE PRECISION;

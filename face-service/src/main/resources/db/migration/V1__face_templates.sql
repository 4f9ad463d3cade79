-- face-service's own schema (spring.flyway.schemas=face): the source of truth for face templates.
-- Every replica's Lucene index is a cache rebuilt from this table and kept current by following seq.

-- A row's seq is taken anew on every change (insert, re-send, delete), so "seq > n" is exactly what
-- changed after n. Writers hold a transaction advisory lock, so seq values commit in order.
CREATE SEQUENCE template_seq;

CREATE TABLE templates (
    subject_id  text        NOT NULL,
    face_id     text        NOT NULL,
    seq         bigint      NOT NULL UNIQUE DEFAULT nextval('template_seq'),
    model_id    text        NOT NULL,
    -- the L2-normalised embedding, float32 little-endian
    vector      bytea       NOT NULL,
    face_size   integer,
    sharpness   real,
    yaw         real,
    created_at  timestamptz NOT NULL,
    -- a deleted face stays as a tombstone with a new seq, so every replica learns of the delete
    deleted     boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (subject_id, face_id)
);

-- Identifies this database, so a Lucene cache built from another one (or a restored backup) is rebuilt.
CREATE TABLE store (
    id          uuid        PRIMARY KEY,
    created_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO store (id) VALUES (gen_random_uuid());

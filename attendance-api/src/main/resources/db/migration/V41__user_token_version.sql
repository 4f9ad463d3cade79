-- Access tokens carry the account's token version ("ver"); every request compares it with this
-- column. Disabling, deleting, changing the role, link, username or password increments it, so
-- tokens issued before the change stop working at once (issue 13, defects 2 and 4).
ALTER TABLE users ADD COLUMN token_version INTEGER NOT NULL DEFAULT 0;

-- Optimistic concurrency: every stored change of a user or a post counts up its version, which clients
-- see as the ETag and send back in If-Match. A view of a post is not a change of it.
ALTER TABLE users ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE posts ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

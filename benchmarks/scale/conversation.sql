-- Adds the conversation to a database filled by generate.sql, for benchmarks/scale.sh. psql variables:
-- followers (how many users follow user 2, at most all others), comments (on the newest published post).
--   follows   user 2 is the popular one: followed by the first :followers other users, newest follow first
--   comments  :comments on the newest published post, a minute apart from its creation on, by random users;
--             besides, one comment on every fifth post, so that the table is not only the one conversation
-- (The feed's follows are the benchmark's own registered reader's: scale.sh adds them once it has an id.)
\set ON_ERROR_STOP on
SELECT setseed(0.43);

INSERT INTO follows (follower_id, followee_id, created_at)
SELECT id, 2, now() - (id || ' seconds')::interval FROM users WHERE id > 2 ORDER BY id LIMIT :followers;

INSERT INTO comments (post_id, author_id, body, created_at, updated_at)
SELECT p.id, 1 + floor(random() * (SELECT count(*) FROM users))::bigint,
       'Comment ' || i || ': thanks for writing this, the part about the planner was new to me.',
       p.created_at + i * interval '1 minute', p.created_at + i * interval '1 minute'
FROM (SELECT id, created_at FROM posts WHERE published ORDER BY created_at DESC, id DESC LIMIT 1) AS p,
     generate_series(1, :comments) AS i;

INSERT INTO comments (post_id, author_id, body, created_at, updated_at)
SELECT id, 1 + floor(random() * (SELECT count(*) FROM users))::bigint, 'A comment on post ' || id || '.',
       created_at + interval '1 hour', created_at + interval '1 hour'
FROM posts WHERE id % 5 = 0;

VACUUM ANALYZE;

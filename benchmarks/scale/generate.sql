-- Fills a freshly migrated, empty blog database, set-based (one INSERT ... SELECT per table), for
-- benchmarks/scale.sh. psql variables: users, posts, tags (counts). Deterministic: setseed fixes random().
--   users  every tenth inactive; created over three years
--   posts  about 600 characters of text each, by random authors, 90% published, one in ten with an
--          author's summary; created over the three years up to now in id order (with minutes of jitter,
--          so that ids and dates do not quite agree and the id tie-break matters)
--   tags   named tag0001 .. tagNNNN by popularity rank; 0..4 tags a post, rank k drawn with probability
--          about 1/k (Zipf, s = 1): with 1,000 tags, tag0001 is on about 10% of the posts' tags
\set ON_ERROR_STOP on
SELECT setseed(0.42);

-- A text to cut the contents from: long enough that contents starting at different places differ.
CREATE TEMPORARY TABLE lorem AS
SELECT string_agg(word, ' ') AS text
FROM (SELECT (ARRAY['postgres', 'index', 'page', 'cursor', 'micronaut', 'java', 'query', 'plan', 'latency',
                    'throughput', 'keyset', 'offset', 'summary', 'content', 'author', 'tag', 'benchmark',
                    'million', 'rows', 'buffer', 'vacuum', 'statistics', 'planner', 'heap', 'tuple',
                    'the', 'a', 'of', 'to', 'and', 'in', 'is', 'it', 'that', 'for', 'on', 'with', 'as'])
                 [1 + floor(random() * 38)::int] AS word
      FROM generate_series(1, 3000)) AS words;

INSERT INTO users (username, email, password_hash, full_name, bio, active, created_at, updated_at)
SELECT 'user' || i, 'user' || i || '@example.com',
       -- Nobody logs in as a generated user: this is no Argon2 hash of anything.
       '$argon2id$v=19$m=19456,t=2,p=1$c2NhbGU$bm8tcGFzc3dvcmQ',
       'User ' || i, CASE WHEN i % 3 = 0 THEN 'Writes about things.' END,
       i % 10 <> 0, at, at
FROM (SELECT i, now() - interval '3 years' + (i::float8 / :users) * interval '3 years' AS at
      FROM generate_series(1, :users) AS i) AS numbered;

INSERT INTO posts (author_id, slug, title, content, summary, published, view_count, created_at, updated_at)
SELECT 1 + floor(random() * :users)::bigint, 'post-' || i,
       'Post ' || i || ' on ' || substr(l.text, 1 + (i * 7) % 3000, 40),
       substr(l.text, 1 + (i * 13) % 8000, 560 + (i % 80)),
       CASE WHEN i % 10 = 0 THEN 'What post ' || i || ' is about, in the author''s words.' END,
       random() < 0.9, floor(random() * 1000)::bigint, at, at
FROM lorem l,
     (SELECT i, now() - interval '3 years 10 minutes' + (i::float8 / :posts) * interval '3 years'
                + (random() - 0.5) * interval '10 minutes' AS at
      FROM generate_series(1, :posts) AS i) AS numbered;

INSERT INTO tags (name) SELECT 'tag' || lpad(rank::text, 4, '0') FROM generate_series(1, :tags) AS rank;

-- Slot s of a post carries a tag when s < its number of tags (0..4); floor(exp(u * ln(tags + 1))) is rank
-- k with probability ln((k + 1) / k) / ln(tags + 1), about 1/k; a post drawing a rank twice keeps one link.
WITH drawn AS MATERIALIZED (
    SELECT p.id AS post_id, least(:tags, floor(exp(random() * ln(:tags + 1)))::int) AS rank
    FROM (SELECT id, floor(random() * 5)::int AS n FROM posts) AS p
         CROSS JOIN LATERAL generate_series(1, p.n) AS slot
)
INSERT INTO post_tags (post_id, tag_id)
SELECT DISTINCT drawn.post_id, t.id
FROM drawn JOIN tags t ON t.name = 'tag' || lpad(drawn.rank::text, 4, '0');

-- Sets the visibility map too, so that counts and pages are index-only scans from the start.
VACUUM ANALYZE;

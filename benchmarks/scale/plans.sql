-- EXPLAIN (ANALYZE, BUFFERS) of every statement the list requests of benchmarks/scale.sh issue, with the
-- values an anonymous caller's requests bind (and, at the end, a logged-in caller's). The statements are
-- those of PostDetailsRepository, TagRowRepository and UserRowRepository, as prepared statements planned
-- for their values, as the service's connections plan them (plan_cache_mode = force_custom_plan).
-- psql variables: author (a user id), popular and rare (quoted tag names), depth_fraction.
\set ON_ERROR_STOP on
SET plan_cache_mode = force_custom_plan;

PREPARE post_window(bigint, boolean, boolean, bigint, bigint, timestamptz, bigint, int, int) AS
SELECT p.id, p.title, p.summary,
       CASE WHEN p.summary IS NULL THEN left(p.content, 201) END AS content_start,
       p.published, p.view_count, p.created_at, p.updated_at,
       u.id AS author_id, u.username AS author_username, u.full_name AS author_full_name
FROM (SELECT id FROM posts
      WHERE (CAST($1 AS BIGINT) IS NULL OR author_id = $1)
        AND (CAST($2 AS BOOLEAN) IS NULL OR published = $2)
        AND (published OR CAST($3 AS BOOLEAN)
             OR (CAST($4 AS BIGINT) IS NOT NULL AND author_id = $4))
        AND (CAST($5 AS BIGINT) IS NULL
             OR EXISTS (SELECT 1 FROM post_tags pt WHERE pt.post_id = posts.id AND pt.tag_id = $5))
        AND (CAST($6 AS TIMESTAMPTZ) IS NULL
             OR (created_at, id) < (CAST($6 AS TIMESTAMPTZ), $7))
      ORDER BY created_at DESC, id DESC
      LIMIT $9 OFFSET $8) AS page
JOIN posts p ON p.id = page.id JOIN users u ON u.id = p.author_id
ORDER BY p.created_at DESC, p.id DESC;

PREPARE post_count(bigint, boolean, boolean, bigint, bigint, int) AS
SELECT count(*) FROM (
    SELECT 1 FROM posts p
    WHERE (CAST($1 AS BIGINT) IS NULL OR p.author_id = $1)
      AND (CAST($2 AS BOOLEAN) IS NULL OR p.published = $2)
      AND (p.published OR CAST($3 AS BOOLEAN)
           OR (CAST($4 AS BIGINT) IS NOT NULL AND p.author_id = $4))
      AND (CAST($5 AS BIGINT) IS NULL
           OR EXISTS (SELECT 1 FROM post_tags pt WHERE pt.post_id = p.id AND pt.tag_id = $5))
    LIMIT $6
) AS matching;

PREPARE tag_window(bigint, boolean, boolean, bigint, timestamptz, bigint, int, int) AS
SELECT p.id, p.title, p.summary,
       CASE WHEN p.summary IS NULL THEN left(p.content, 201) END AS content_start,
       p.published, p.view_count, p.created_at, p.updated_at,
       u.id AS author_id, u.username AS author_username, u.full_name AS author_full_name
FROM (SELECT pt.post_id FROM post_tags pt
      WHERE pt.tag_id = $1
        AND (CAST($2 AS BOOLEAN) IS NULL OR pt.post_published = $2)
        AND (pt.post_published OR CAST($3 AS BOOLEAN)
             OR (CAST($4 AS BIGINT) IS NOT NULL
                 AND EXISTS (SELECT 1 FROM posts a WHERE a.id = pt.post_id AND a.author_id = $4)))
        AND (CAST($5 AS TIMESTAMPTZ) IS NULL
             OR (pt.post_created_at, pt.post_id) < (CAST($5 AS TIMESTAMPTZ), $6))
      ORDER BY pt.post_created_at DESC, pt.post_id DESC
      LIMIT $8 OFFSET $7) AS page
JOIN posts p ON p.id = page.post_id JOIN users u ON u.id = p.author_id
ORDER BY p.created_at DESC, p.id DESC;

PREPARE tag_count(bigint, boolean, boolean, bigint, int) AS
SELECT count(*) FROM (
    SELECT 1 FROM post_tags pt
    WHERE pt.tag_id = $1
      AND (CAST($2 AS BOOLEAN) IS NULL OR pt.post_published = $2)
      AND (pt.post_published OR CAST($3 AS BOOLEAN)
           OR (CAST($4 AS BIGINT) IS NOT NULL
               AND EXISTS (SELECT 1 FROM posts a WHERE a.id = pt.post_id AND a.author_id = $4)))
    LIMIT $5
) AS matching;

PREPARE tag_id(text) AS SELECT id FROM tags WHERE name = $1;

PREPARE tags_of_posts(bigint[]) AS
SELECT pt.post_id, t.id, t.name
FROM post_tags pt JOIN tags t ON t.id = pt.tag_id
WHERE pt.post_id = ANY($1)
ORDER BY t.name;

PREPARE tag_usage_window(varchar, int, int) AS
SELECT t.id, t.name, t.post_count
FROM tags t
WHERE CAST($1 AS VARCHAR) IS NULL OR t.name > $1
ORDER BY t.name
LIMIT $3 OFFSET $2;

PREPARE tag_total(int) AS SELECT count(*) FROM (SELECT 1 FROM tags LIMIT $1) AS counted;

PREPARE user_window(boolean, timestamptz, bigint, int, int) AS
SELECT * FROM users
WHERE (CAST($1 AS BOOLEAN) IS NULL OR active = $1)
  AND (CAST($2 AS TIMESTAMPTZ) IS NULL OR (created_at, id) < (CAST($2 AS TIMESTAMPTZ), $3))
ORDER BY created_at DESC, id DESC
LIMIT $5 OFFSET $4;

PREPARE user_total(boolean) AS
SELECT coalesce(sum(users), 0) FROM user_counts WHERE CAST($1 AS BOOLEAN) IS NULL OR active = $1;

-- The values: the tags' ids, the deep position, the ids of a first page (for the tags of its posts).
SELECT id AS popular_id FROM tags WHERE name = :popular \gset
SELECT id AS rare_id FROM tags WHERE name = :rare \gset
SELECT created_at AS deep_created_at, id AS deep_id
FROM posts WHERE published ORDER BY created_at DESC, id DESC
OFFSET (SELECT floor(count(*) * :depth_fraction)::int - 1 FROM posts) LIMIT 1 \gset
SELECT array_agg(id)::text AS page_ids
FROM (SELECT id FROM posts WHERE published ORDER BY created_at DESC, id DESC LIMIT 21) AS page \gset

\echo '=== GET /api/posts?limit=20: the page, its count, the tags of its posts'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE post_window(NULL, NULL, false, NULL, NULL, NULL, NULL, 0, 21);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE post_count(NULL, NULL, false, NULL, NULL, 10001);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE tags_of_posts(:'page_ids');

\echo '=== GET /api/posts?published=true'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE post_window(NULL, true, false, NULL, NULL, NULL, NULL, 0, 21);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE post_count(NULL, true, false, NULL, NULL, 10001);

\echo '=== GET /api/posts?offset=2000 (the count as for the first page)'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE post_window(NULL, NULL, false, NULL, NULL, NULL, NULL, 2000, 21);

\echo '=== GET /api/posts?cursor=<deep position> (the count as for the first page)'
\echo :deep_created_at :deep_id
EXPLAIN (ANALYZE, BUFFERS) EXECUTE post_window(NULL, NULL, false, NULL, NULL, :'deep_created_at', :deep_id, 0, 21);

\echo '=== GET /api/tags/<popular>/posts and GET /api/posts?tag=<popular>: the tag id, the page, its count'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE tag_id(:popular);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE tag_window(:popular_id, NULL, false, NULL, NULL, NULL, 0, 21);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE tag_count(:popular_id, NULL, false, NULL, 10001);

\echo '=== GET /api/tags/<rare>/posts'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE tag_window(:rare_id, NULL, false, NULL, NULL, NULL, 0, 21);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE tag_count(:rare_id, NULL, false, NULL, 10001);

\echo '=== GET /api/users/{author}/posts'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE post_window(:author, NULL, false, NULL, NULL, NULL, NULL, 0, 21);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE post_count(:author, NULL, false, NULL, NULL, 10001);

\echo '=== GET /api/tags'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE tag_usage_window(NULL, 0, 21);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE tag_total(10001);

\echo '=== GET /api/users (active users)'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE user_window(true, NULL, NULL, 0, 21);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE user_total(true);

\echo '=== A logged-in caller (published posts and their own drafts): GET /api/posts, GET /api/tags/<popular>/posts'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE post_window(NULL, NULL, false, :author, NULL, NULL, NULL, 0, 21);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE post_count(NULL, NULL, false, :author, NULL, 10001);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE tag_window(:popular_id, NULL, false, :author, NULL, NULL, 0, 21);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE tag_count(:popular_id, NULL, false, :author, 10001);

\echo '=== GET /api/posts/{discussed}/comments: is the post visible, the page, its count; then a cursor at comment 9,000'
SELECT post_id AS discussed FROM comments GROUP BY post_id ORDER BY count(*) DESC LIMIT 1 \gset
SELECT created_at AS comment_created_at, id AS comment_id FROM comments WHERE post_id = :discussed
ORDER BY created_at, id OFFSET 8999 LIMIT 1 \gset
PREPARE comment_window(bigint, timestamptz, bigint, int, int) AS
SELECT c.id, c.post_id, c.body, c.created_at, c.updated_at, c.version,
       u.id AS author_id, u.username, u.full_name, u.image_url
FROM comments c JOIN users u ON u.id = c.author_id
WHERE c.post_id = $1 AND ($2 IS NULL OR (c.created_at, c.id) > ($2, $3))
ORDER BY c.created_at, c.id LIMIT $5 OFFSET $4;
EXPLAIN (ANALYZE, BUFFERS) SELECT EXISTS (SELECT 1 FROM posts p WHERE p.id = :discussed AND p.published);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE comment_window(:discussed, NULL, NULL, 0, 21);
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM (SELECT 1 FROM comments WHERE post_id = :discussed LIMIT 10001) AS m;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE comment_window(:discussed, :'comment_created_at', :comment_id, 0, 21);

\echo '=== GET /api/users/2/followers (50,000 followers): the page and its count'
EXPLAIN (ANALYZE, BUFFERS)
SELECT f.follower_id, f.created_at FROM follows f
WHERE f.followee_id = 2 AND f.follower_active ORDER BY f.created_at DESC, f.follower_id DESC LIMIT 21 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS)
SELECT count(*) FROM (SELECT 1 FROM follows f WHERE f.followee_id = 2 AND f.follower_active LIMIT 10001) AS m;

\timing off
SET plan_cache_mode = force_custom_plan;
-- feed of user 1 (500 followed authors), first page of 20
EXPLAIN (ANALYZE, BUFFERS, SUMMARY ON)
SELECT p.id, p.slug, p.title, p.summary, CASE WHEN p.summary IS NULL THEN left(p.content, 201) END,
       p.published, p.view_count, coalesce(c.like_count, 0),
       EXISTS (SELECT 1 FROM post_likes l WHERE l.post_id = p.id AND l.user_id = 1), p.created_at, p.updated_at,
       u.id, u.username, u.full_name
FROM (SELECT fp.id FROM follows f
      CROSS JOIN LATERAL (SELECT a.id, a.created_at FROM posts a WHERE a.author_id = f.followee_id AND a.published
                          ORDER BY a.created_at DESC, a.id DESC LIMIT 21) AS fp
      WHERE f.follower_id = 1 ORDER BY fp.created_at DESC, fp.id DESC LIMIT 21 OFFSET 0) AS page
JOIN posts p ON p.id = page.id JOIN users u ON u.id = p.author_id LEFT JOIN post_counters c ON c.post_id = p.id
ORDER BY p.created_at DESC, p.id DESC;
EXPLAIN (ANALYZE, BUFFERS, SUMMARY ON)
SELECT count(*) FROM (SELECT 1 FROM follows f JOIN posts p ON p.author_id = f.followee_id AND p.published
                      WHERE f.follower_id = 1 LIMIT 10001) AS matching;
-- followers of user 2 (50,000 followers or all users), first page and its count
EXPLAIN (ANALYZE, BUFFERS, SUMMARY ON)
SELECT f.follower_id, f.created_at FROM follows f
WHERE f.followee_id = 2 AND f.follower_active ORDER BY f.created_at DESC, f.follower_id DESC LIMIT 21 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS, SUMMARY ON)
SELECT count(*) FROM (SELECT 1 FROM follows f
                      WHERE f.followee_id = 2 AND f.follower_active LIMIT 10001) AS matching;
